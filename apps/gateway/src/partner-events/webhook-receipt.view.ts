import { ApiProperty } from '@nestjs/swagger';

export class WebhookReceiptView {
  @ApiProperty({ description: 'Events in the webhook' }) received: number;
  @ApiProperty({ description: 'Of those, events received before (applied once, then acknowledged again)' }) duplicates: number;
}

/** The webhook is stored; disbursal-service checks its signature when it answers again. */
export class WebhookPendingView {
  @ApiProperty({ enum: [true] }) received: true;
  @ApiProperty({ enum: ['PENDING'] }) verification: 'PENDING';
}
