import { ApiProperty } from '@nestjs/swagger';
import { ApplicationEventType } from '../applications/events/application-event-type.js';
import { WebhookDeliveryStatus } from './webhook-delivery.entity.js';

export class WebhookSubscriptionView {
  @ApiProperty() id: string;
  @ApiProperty() partnerCode: string;
  @ApiProperty() url: string;
  @ApiProperty({ enum: ApplicationEventType, isArray: true }) eventTypes: ApplicationEventType[];
  @ApiProperty() active: boolean;
  @ApiProperty() createdAt: string;
}

export class CreatedWebhookSubscriptionView extends WebhookSubscriptionView {
  @ApiProperty({ description: 'The signing secret: shown this once only; store it to verify LOS-Signature' }) secret: string;
}

export class WebhookAttemptView {
  @ApiProperty() at: string;
  @ApiProperty({ type: 'integer', nullable: true, description: "The receiver's HTTP status; null when none came back" })
  statusCode: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'Why no status came back (timeout, refused address…)' }) error: string | null;
  @ApiProperty() durationMs: number;
}

export class WebhookDeliveryView {
  @ApiProperty({ type: 'integer', format: 'int64' }) id: number;
  @ApiProperty({ type: 'integer', format: 'int64', description: 'The application event (its stream id)' }) eventId: number;
  @ApiProperty({ enum: ApplicationEventType }) eventType: ApplicationEventType;
  @ApiProperty({ enum: WebhookDeliveryStatus }) status: WebhookDeliveryStatus;
  @ApiProperty() attempts: number;
  @ApiProperty({ type: String, nullable: true, format: 'date-time', description: 'When it is tried next, while PENDING' })
  nextAttemptAt: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) deliveredAt: string | null;
  @ApiProperty({ type: [WebhookAttemptView] }) attemptLog: WebhookAttemptView[];
}
