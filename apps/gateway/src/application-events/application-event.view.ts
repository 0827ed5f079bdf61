import { ApiProperty } from '@nestjs/swagger';
import { ApplicationStatus } from '@los/contracts';
import { ApplicationEventType } from '../applications/events/application-event-type.js';

/** The `data:` of one streamed event (its `id:` is `id`, its `event:` is `type`). */
export class ApplicationEventView {
  @ApiProperty({
    type: 'integer',
    format: 'int64',
    example: 42,
    description: 'Grows with each event; the last one seen is the Last-Event-ID',
  })
  id: number;
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty({ enum: ApplicationEventType }) type: ApplicationEventType;
  @ApiProperty({ enum: ApplicationStatus, nullable: true }) from: ApplicationStatus | null;
  @ApiProperty({ enum: ApplicationStatus, nullable: true }) to: ApplicationStatus | null;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ example: 3, description: "The application's version after the event" }) version: number;
}
