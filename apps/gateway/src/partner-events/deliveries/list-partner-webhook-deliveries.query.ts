import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { ListLimit } from '../../common/pagination/list-limit.query.js';
import { DeliveryStatus } from './partner-webhook-delivery.entity.js';

export class ListPartnerWebhookDeliveriesQuery {
  @ApiPropertyOptional({ enum: DeliveryStatus, default: DeliveryStatus.Rejected })
  @IsOptional()
  @IsIn(Object.values(DeliveryStatus))
  status: DeliveryStatus = DeliveryStatus.Rejected;

  @ListLimit()
  limit = 50;
}
