import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { APP_CONFIG, PeriodicTask, type GatewayConfig } from '@los/common';
import { randomUUID } from 'node:crypto';
import type { Repository } from 'typeorm';
import { ApplicationEventEntity } from '../applications/events/application-event.entity.js';
import { retryDelayMs } from '../notifications/retry-delay.js';
import type { WebhookDeliveryEntity } from './webhook-delivery.entity.js';
import { WebhookDeliveriesRepository } from './webhook-deliveries.repository.js';
import { webhookBodyOf } from './webhook-payload.js';
import { WebhookPoster } from './webhook-poster.js';
import { SIGNATURE_HEADER, signatureHeader } from './webhook-signature.js';
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
    const body = event ? webhookBodyOf(event, delivery) : '';
    const outcome =
      subscription?.active && event
        ? await this.poster.post(subscription.url, body, {
            [SIGNATURE_HEADER]: signatureHeader(subscription.secret, body, Math.floor(Date.now() / 1000)),
            'LOS-Delivery-Id': delivery.id,
          })
        : { statusCode: null, error: 'subscription inactive' };
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
}
