import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { DeliveryStatus } from './partner-webhook-delivery.entity.js';

export class ListPartnerWebhookDeliveriesQuery {
  @ApiPropertyOptional({ enum: DeliveryStatus, default: DeliveryStatus.Rejected })
  @IsOptional()
  @IsIn(Object.values(DeliveryStatus))
  status: DeliveryStatus = DeliveryStatus.Rejected;

  @ApiPropertyOptional({ type: 'integer', default: 50, minimum: 1, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit = 50;
}
