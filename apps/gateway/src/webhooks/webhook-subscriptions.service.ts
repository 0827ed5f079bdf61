import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppException, type GatewayConfig } from '@los/common';
import { ErrorCode } from '@los/contracts';
import { randomBytes, randomUUID } from 'node:crypto';
import { ChannelPartners } from '../applications/channel-partners.service.js';
import type { CreateWebhookSubscriptionDto } from './dto/create-webhook-subscription.dto.js';
import { WebhookDeliveriesRepository } from './webhook-deliveries.repository.js';
import type { WebhookDeliveryEntity } from './webhook-delivery.entity.js';
import type { WebhookSubscriptionEntity } from './webhook-subscription.entity.js';
import { WebhookSecretVault } from './secret-vault/webhook-secret-vault.js';
import { WebhookSubscriptionsRepository } from './webhook-subscriptions.repository.js';
import { webhookUrlProblem } from './webhook-url.policy.js';

const DELIVERIES_SHOWN = 100;

export interface CreatedWebhookSubscription {
  subscription: WebhookSubscriptionEntity;
  /** The signing secret in clear, for the one answer that shows it; only its ciphertext is stored. */
  secret: string;
}

/** Partner webhook subscriptions: created with a secret shown once, their deliveries read and replayed. */
@Injectable()
export class WebhookSubscriptions {
  constructor(
    @Inject(APP_CONFIG) private readonly config: GatewayConfig,
    private readonly partners: ChannelPartners,
    private readonly subscriptions: WebhookSubscriptionsRepository,
    private readonly deliveries: WebhookDeliveriesRepository,
    private readonly vault: WebhookSecretVault,
  ) {}

  async create(partnerCode: string, dto: CreateWebhookSubscriptionDto, actor: string): Promise<CreatedWebhookSubscription> {
    const problem = webhookUrlProblem(dto.url, {
      allowHttp: this.config.WEBHOOK_ALLOW_HTTP,
      allowPrivate: this.config.WEBHOOK_ALLOW_PRIVATE_URLS,
    });
    if (problem) throw new AppException(ErrorCode.WebhookUrlRefused, `The webhook URL ${problem}`);
    await this.partners.assertKnown(partnerCode);
    const id = randomUUID();
    const secret = `whsec_${randomBytes(24).toString('base64url')}`;
    const subscription = {
      id,
      partnerCode,
      url: dto.url,
      ...this.vault.seal(secret, id),
      eventTypes: dto.eventTypes,
      active: true,
      createdBy: actor,
      createdAt: new Date(),
    };
    await this.subscriptions.add(subscription);
    return { subscription, secret };
  }

  ofPartner(partnerCode: string): Promise<WebhookSubscriptionEntity[]> {
    return this.subscriptions.ofPartner(partnerCode);
  }

  async deliveriesOf(subscriptionId: string) {
    if (!(await this.subscriptions.findById(subscriptionId))) throw new AppException(ErrorCode.NotFound, 'Subscription not found');
    const deliveries = await this.deliveries.forSubscription(subscriptionId, DELIVERIES_SHOWN);
    const attempts = await this.deliveries.attemptsOf(deliveries.map((delivery) => delivery.id));
    return deliveries.map((delivery) => ({ delivery, attempts: attempts.filter((attempt) => attempt.deliveryId === delivery.id) }));
  }

  async replay(deliveryId: string): Promise<WebhookDeliveryEntity> {
    const delivery = await this.deliveries.findOne(deliveryId);
    if (!delivery) throw new AppException(ErrorCode.NotFound, 'Delivery not found');
    await this.deliveries.replay(deliveryId);
    return (await this.deliveries.findOne(deliveryId))!;
  }
}
