import { ApiProperty } from '@nestjs/swagger';

export class WebhookReceiptView {
  @ApiProperty({ description: 'Events in the webhook' }) received: number;
  @ApiProperty({ description: 'Of those, events received before (applied once, then acknowledged again)' }) duplicates: number;
}
