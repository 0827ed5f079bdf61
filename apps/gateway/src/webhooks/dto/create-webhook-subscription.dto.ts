import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsEnum, IsString, MaxLength } from 'class-validator';
import { ApplicationEventType } from '../../applications/events/application-event-type.js';

export class CreateWebhookSubscriptionDto {
  @ApiProperty({ example: 'https://hooks.partner.example/los', description: 'https; a public address' })
  @IsString()
  @MaxLength(2048)
  url: string;

  @ApiProperty({ enum: ApplicationEventType, isArray: true, example: ['application.status_changed'] })
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsEnum(ApplicationEventType, { each: true })
  eventTypes: ApplicationEventType[];
}
