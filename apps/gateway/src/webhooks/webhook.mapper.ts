import type { WebhookAttemptEntity } from './webhook-attempt.entity.js';
import { WebhookDeliveryStatus, type WebhookDeliveryEntity } from './webhook-delivery.entity.js';
import type { WebhookSubscriptionEntity } from './webhook-subscription.entity.js';
import type { WebhookDeliveryView, WebhookSubscriptionView } from './webhook.views.js';

export function toWebhookSubscriptionView(row: WebhookSubscriptionEntity): WebhookSubscriptionView {
  return {
    id: row.id,
    partnerCode: row.partnerCode,
    url: row.url,
    eventTypes: row.eventTypes,
    active: row.active,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toWebhookDeliveryView(row: WebhookDeliveryEntity, attempts: WebhookAttemptEntity[]): WebhookDeliveryView {
  return {
    id: Number(row.id),
    eventId: Number(row.eventId),
    eventType: row.eventType,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.status === WebhookDeliveryStatus.Pending ? row.nextAttemptAt.toISOString() : null,
    deliveredAt: row.deliveredAt?.toISOString() ?? null,
    attemptLog: attempts.map((attempt) => ({
      at: attempt.at.toISOString(),
      statusCode: attempt.statusCode,
      error: attempt.error,
      durationMs: attempt.durationMs,
    })),
  };
}
