import { DeliveryStatus, NotificationChannel, type NotificationDeliveryEntity } from './notification-delivery.entity.js';
import type { NotificationDeliveryView } from './notification-delivery.view.js';

export function toNotificationDeliveryView(row: NotificationDeliveryEntity): NotificationDeliveryView {
  return {
    id: Number(row.id),
    eventId: Number(row.eventId),
    templateId: row.templateId,
    channel: row.channel,
    recipient: row.channel === NotificationChannel.Email ? maskEmail(row.recipient) : maskMobile(row.recipient),
    status: row.status,
    attempts: row.attempts,
    lastError: row.lastError,
    nextAttemptAt: row.status === DeliveryStatus.Pending ? row.nextAttemptAt.toISOString() : null,
    createdAt: row.createdAt.toISOString(),
    sentAt: row.sentAt?.toISOString() ?? null,
  };
}

export const maskMobile = (mobile: string) => `${'*'.repeat(Math.max(mobile.length - 4, 0))}${mobile.slice(-4)}`;

export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  return at <= 0 ? '***' : `${email[0]}***${email.slice(at)}`;
}
