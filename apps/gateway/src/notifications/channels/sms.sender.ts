import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, keepAliveFetch, type GatewayConfig } from '@los/common';
import type { NotificationDeliveryEntity } from '../notification-delivery.entity.js';
import { DeliveryError, type NotificationSender, type RenderedMessage } from './notification-sender.js';

/**
 * SMS through the SMS gateway's HTTP API with the DLT fields Indian operators require: principal entity id, content
 * template id and the six-letter sender id (header). The delivery id is the reference the gateway dedupes on.
 */
@Injectable()
export class SmsSender implements NotificationSender {
  constructor(@Inject(APP_CONFIG) private readonly config: GatewayConfig) {}

  async send(delivery: NotificationDeliveryEntity, message: RenderedMessage): Promise<string> {
    let response: Response;
    try {
      response = await keepAliveFetch(`${this.config.SMS_API_URL}/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-sender-id': this.config.SMS_SENDER_ID },
        body: JSON.stringify({
          to: delivery.recipient,
          text: message.body,
          dltEntityId: this.config.SMS_DLT_ENTITY_ID,
          dltTemplateId: message.template.dltTemplateId,
          reference: `notification-${delivery.id}`,
        }),
        signal: AbortSignal.timeout(this.config.NOTIFY_SEND_TIMEOUT_MS),
      });
    } catch (error) {
      throw new DeliveryError(`SMS gateway unreachable (${(error as Error).name})`);
    }
    const body = (await response.json().catch(() => ({}))) as { messageId?: string; code?: string };
    if (!response.ok || !body.messageId) throw new DeliveryError(`SMS gateway HTTP ${response.status} ${body.code ?? ''}`.trim());
    return body.messageId;
  }
}
