import { ApiProperty } from '@nestjs/swagger';
import { DeliveryStatus, NotificationChannel } from './notification-delivery.entity.js';
import { TemplateId } from './templates/notification-templates.js';

/** One message to the borrower and what became of it. */
export class NotificationDeliveryView {
  @ApiProperty({ type: 'integer', format: 'int64' }) id: number;
  @ApiProperty({ type: 'integer', format: 'int64', description: 'The application event (stream id) that caused it' }) eventId: number;
  @ApiProperty({ enum: TemplateId }) templateId: TemplateId;
  @ApiProperty({ enum: NotificationChannel }) channel: NotificationChannel;
  @ApiProperty({ description: 'Masked: a***@example.com, ******3210', example: '******3210' }) recipient: string;
  @ApiProperty({ enum: DeliveryStatus }) status: DeliveryStatus;
  @ApiProperty({ description: 'Attempts made so far' }) attempts: number;
  @ApiProperty({ type: String, nullable: true, description: 'Why the last attempt failed (a status or code)' }) lastError: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time', description: 'When it is tried next, while PENDING' })
  nextAttemptAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) sentAt: string | null;
}
