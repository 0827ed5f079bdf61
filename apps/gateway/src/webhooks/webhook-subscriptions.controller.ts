import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Permission, RequirePermissions, type AuthenticatedUser } from '@los/common';
import { ErrorCode } from '@los/contracts';
import { ApiErrors } from '../common/api-errors.decorator.js';
import { CreateWebhookSubscriptionDto } from './dto/create-webhook-subscription.dto.js';
import { WebhookSubscriptions } from './webhook-subscriptions.service.js';
import { toWebhookDeliveryView, toWebhookSubscriptionView } from './webhook.mapper.js';
import { CreatedWebhookSubscriptionView, WebhookDeliveryView, WebhookSubscriptionView } from './webhook.views.js';

/** Outbound webhooks to channel partners: signed (LOS-Signature), retried with backoff, every attempt visible. */
@ApiTags('webhooks')
@Controller('v1/admin')
@RequirePermissions(Permission.WebhookManage)
export class WebhookSubscriptionsController {
  constructor(private readonly webhooks: WebhookSubscriptions) {}

  @Post('partners/:partnerCode/webhook-subscriptions')
  @ApiOperation({ operationId: 'createWebhookSubscription', summary: "Subscribe a channel partner's endpoint to application events" })
  @ApiCreatedResponse({ type: CreatedWebhookSubscriptionView })
  @ApiErrors(400, 401, 403, ErrorCode.WebhookUrlRefused, ErrorCode.UnknownChannelPartner)
  async create(
    @Param('partnerCode') partnerCode: string,
    @Body() body: CreateWebhookSubscriptionDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<CreatedWebhookSubscriptionView> {
    const { subscription, secret } = await this.webhooks.create(partnerCode, body, `user:${user.id}`);
    return { ...toWebhookSubscriptionView(subscription), secret };
  }

  @Get('partners/:partnerCode/webhook-subscriptions')
  @ApiOperation({ operationId: 'listWebhookSubscriptions', summary: "A partner's webhook subscriptions (without secrets)" })
  @ApiOkResponse({ type: [WebhookSubscriptionView] })
  @ApiErrors(400, 401, 403)
  async list(@Param('partnerCode') partnerCode: string): Promise<WebhookSubscriptionView[]> {
    return (await this.webhooks.ofPartner(partnerCode)).map(toWebhookSubscriptionView);
  }

  @Get('webhook-subscriptions/:id/deliveries')
  @ApiOperation({ operationId: 'listWebhookDeliveries', summary: "A subscription's latest deliveries, each with every attempt" })
  @ApiOkResponse({ type: [WebhookDeliveryView] })
  @ApiErrors(400, 401, 403, 404)
  async deliveries(@Param('id', ParseUUIDPipe) id: string): Promise<WebhookDeliveryView[]> {
    return (await this.webhooks.deliveriesOf(id)).map(({ delivery, attempts }) => toWebhookDeliveryView(delivery, attempts));
  }

  @Post('webhook-deliveries/:deliveryId/replay')
  @HttpCode(202)
  @ApiOperation({ operationId: 'replayWebhookDelivery', summary: 'Send a delivery again, whatever became of it' })
  @ApiAcceptedResponse({ type: WebhookDeliveryView })
  @ApiErrors(400, 401, 403, 404)
  async replay(@Param('deliveryId', ParseIntPipe) deliveryId: number): Promise<WebhookDeliveryView> {
    return toWebhookDeliveryView(await this.webhooks.replay(String(deliveryId)), []);
  }
}
