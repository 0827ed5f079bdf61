import type { NotificationDeliveryEntity } from '../notification-delivery.entity.js';
import type { NotificationTemplate } from '../templates/notification-templates.js';

export interface RenderedMessage {
  template: NotificationTemplate;
  subject: string;
  body: string;
}

/** Sends one delivery's message over one channel; answers the provider's message id. */
export interface NotificationSender {
  send(delivery: NotificationDeliveryEntity, message: RenderedMessage): Promise<string>;
}

/** A failed send, with a message safe to store and log: a status or code, never the recipient or the text. */
export class DeliveryError extends Error {}
