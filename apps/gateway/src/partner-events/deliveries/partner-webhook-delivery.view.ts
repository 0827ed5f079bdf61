import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DeliveryStatus, type PartnerWebhookDeliveryEntity } from './partner-webhook-delivery.entity.js';

/** A kept lender webhook as ops see it: never its body or signature, only its size and what became of it. */
export class PartnerWebhookDeliveryView {
  @ApiProperty() id: string;
  @ApiProperty() partnerCode: string;
  @ApiProperty({ enum: DeliveryStatus }) status: DeliveryStatus;
  @ApiProperty({ description: 'Verifications tried' }) attempts: number;
  @ApiProperty() receivedAt: string;
  @ApiPropertyOptional({ nullable: true, type: String }) completedAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: "The verifier's refusal code (REJECTED)" }) failureCode: string | null;
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'Events the webhook carried (APPLIED)' }) eventsReceived: number | null;
  @ApiProperty() bodyBytes: number;
}

export class PartnerWebhookDeliveryListView {
  @ApiProperty({ type: [PartnerWebhookDeliveryView], description: 'Newest first' }) items: PartnerWebhookDeliveryView[];
  @ApiProperty() limit: number;
}

export function deliveryViewOf(row: PartnerWebhookDeliveryEntity): PartnerWebhookDeliveryView {
  return {
    id: row.id,
    partnerCode: row.partnerCode,
    status: row.status,
    attempts: row.attempts,
    receivedAt: row.receivedAt.toISOString(),
    completedAt: row.completedAt?.toISOString() ?? null,
    failureCode: row.failureCode,
    eventsReceived: row.eventsReceived,
    bodyBytes: row.rawBody.length,
  };
}
