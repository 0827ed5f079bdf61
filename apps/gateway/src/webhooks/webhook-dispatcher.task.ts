import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { APP_CONFIG, PeriodicTask, type GatewayConfig } from '@los/common';
import { randomUUID } from 'node:crypto';
import type { Repository } from 'typeorm';
import { ApplicationEventEntity } from '../applications/events/application-event.entity.js';
import { retryDelayMs } from '../notifications/retry-delay.js';
import { WebhookSecretVault } from './secret-vault/webhook-secret-vault.js';
import type { WebhookDeliveryEntity } from './webhook-delivery.entity.js';
import { WebhookDeliveriesRepository } from './webhook-deliveries.repository.js';
import { webhookBodyOf } from './webhook-payload.js';
import { WebhookPoster, type PostOutcome } from './webhook-poster.js';
import { SIGNATURE_HEADER, signatureHeader } from './webhook-signature.js';
import type { WebhookSubscriptionEntity } from './webhook-subscription.entity.js';
import { WebhookSubscriptionsRepository } from './webhook-subscriptions.repository.js';

const BATCH = 20;

/** Posts due webhook deliveries (claimed, so replicas never post the same one at once); 2xx delivers, else backoff. */
@Injectable()
export class WebhookDispatcher extends PeriodicTask {
  protected readonly logger = new Logger(WebhookDispatcher.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: GatewayConfig,
    private readonly deliveries: WebhookDeliveriesRepository,
    private readonly subscriptions: WebhookSubscriptionsRepository,
    @InjectRepository(ApplicationEventEntity) private readonly events: Repository<ApplicationEventEntity>,
    private readonly poster: WebhookPoster,
    private readonly vault: WebhookSecretVault,
  ) {
    super(config.WEBHOOK_SWEEP_INTERVAL_MS);
  }

  protected async runOnce(): Promise<void> {
    const claim = randomUUID();
    const due = await this.deliveries.claimDue(claim, BATCH, this.config.WEBHOOK_TIMEOUT_MS * 3);
    for (const delivery of due) await this.deliver(delivery, claim);
  }

  private async deliver(delivery: WebhookDeliveryEntity, claim: string): Promise<void> {
    const [subscription, event] = await Promise.all([
      this.subscriptions.findById(delivery.subscriptionId),
      this.events.findOneBy({ id: delivery.eventId }),
    ]);
    const started = Date.now();
    const outcome =
      subscription?.active && event ? await this.post(subscription, event, delivery) : { statusCode: null, error: 'subscription inactive' };
    const delivered = outcome.statusCode !== null && outcome.statusCode >= 200 && outcome.statusCode < 300;
    const attempt = delivery.attempts + 1;
    const retryAt =
      delivered || attempt >= this.config.WEBHOOK_MAX_ATTEMPTS || !subscription?.active
        ? null
        : new Date(Date.now() + retryDelayMs(attempt, this.config.WEBHOOK_RETRY_BASE_MS));
    await this.deliveries.recordAttempt(
      delivery,
      claim,
      { at: new Date(started), statusCode: outcome.statusCode, error: outcome.error, durationMs: Date.now() - started },
      { delivered, retryAt },
    );
    if (!delivered) {
      this.logger.warn(
        { deliveryId: delivery.id, subscriptionId: delivery.subscriptionId, attempt, statusCode: outcome.statusCode, error: outcome.error },
        retryAt ? 'Webhook attempt failed; will retry' : 'Webhook delivery failed for good',
      );
    }
  }

  private async post(
    subscription: WebhookSubscriptionEntity,
    event: ApplicationEventEntity,
    delivery: WebhookDeliveryEntity,
  ): Promise<PostOutcome> {
    const secret = this.secretOf(subscription);
    if (secret === null) return { statusCode: null, error: 'signing secret unavailable' };
    const body = webhookBodyOf(event, delivery);
    return this.poster.post(subscription.url, body, {
      [SIGNATURE_HEADER]: signatureHeader(secret, body, Math.floor(Date.now() / 1000)),
      'LOS-Delivery-Id': delivery.id,
    });
  }

  /** null when the stored secret does not open; the delivery is retried, so a key restored to the keyring recovers it. */
  private secretOf(subscription: WebhookSubscriptionEntity): string | null {
    try {
      return this.vault.open(subscription);
    } catch {
      this.logger.error(
        { subscriptionId: subscription.id, keyId: subscription.secretKeyId },
        'Webhook signing secret does not open: its key is missing from WEBHOOK_SECRET_KEYS or the row was altered',
      );
      return null;
    }
  }
}
