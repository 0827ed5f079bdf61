import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Permission, RequirePermissions } from '@los/common';
import { ApiErrors } from '../../common/api-errors.decorator.js';
import { ListPartnerWebhookDeliveriesQuery } from './list-partner-webhook-deliveries.query.js';
import { PartnerWebhookDeliveriesRepository } from './partner-webhook-deliveries.repository.js';
import { deliveryViewOf, PartnerWebhookDeliveryListView } from './partner-webhook-delivery.view.js';

@ApiTags('ops')
@Controller('v1/ops/partner-webhook-deliveries')
export class PartnerWebhookDeliveriesController {
  constructor(private readonly deliveries: PartnerWebhookDeliveriesRepository) {}

  @Get()
  @ApiOperation({
    operationId: 'listPartnerWebhookDeliveries',
    summary: 'Lender webhooks kept while the verifier was away: those still pending, or those it refused',
  })
  @RequirePermissions(Permission.StuckRead)
  @ApiOkResponse({ type: PartnerWebhookDeliveryListView })
  @ApiErrors(400, 401, 403)
  async list(@Query() query: ListPartnerWebhookDeliveriesQuery): Promise<PartnerWebhookDeliveryListView> {
    const rows = await this.deliveries.listByStatus(query.status, query.limit);
    return { items: rows.map(deliveryViewOf), limit: query.limit };
  }
}
