import type { ApplicationEventEntity } from '../applications/events/application-event.entity.js';
import type { WebhookDeliveryEntity } from './webhook-delivery.entity.js';

/** The JSON a partner receives (and whose exact bytes are signed): the event, never personal data. */
export function webhookBodyOf(event: ApplicationEventEntity, delivery: WebhookDeliveryEntity): string {
  return JSON.stringify({
    id: Number(event.id),
    type: event.type,
    deliveryId: Number(delivery.id),
    data: {
      applicationId: event.applicationId,
      from: event.fromStatus,
      to: event.toStatus,
      at: event.at.toISOString(),
      version: event.payload.version ?? null,
    },
  });
}
