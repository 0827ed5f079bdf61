import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, type GatewayConfig } from '@los/common';
import { createTransport, type Transporter } from 'nodemailer';
import type { NotificationDeliveryEntity } from '../notification-delivery.entity.js';
import { DeliveryError, type NotificationSender, type RenderedMessage } from './notification-sender.js';

/** Email over SMTP (nodemailer). The Message-ID is the delivery's, so a resend after a lost answer is recognisable. */
@Injectable()
export class EmailSender implements NotificationSender, OnModuleDestroy {
  private readonly transport: Transporter;

  constructor(@Inject(APP_CONFIG) private readonly config: GatewayConfig) {
    // Pooled: a milestone's email reuses an open SMTP session instead of connecting and greeting each time.
    this.transport = createTransport({
      pool: true,
      host: config.SMTP_HOST,
      port: config.SMTP_PORT,
      secure: config.SMTP_SECURE,
      auth: config.SMTP_USER ? { user: config.SMTP_USER, pass: config.SMTP_PASSWORD } : undefined,
      connectionTimeout: config.NOTIFY_SEND_TIMEOUT_MS,
      greetingTimeout: config.NOTIFY_SEND_TIMEOUT_MS,
      socketTimeout: config.NOTIFY_SEND_TIMEOUT_MS,
    });
  }

  async send(delivery: NotificationDeliveryEntity, message: RenderedMessage): Promise<string> {
    try {
      const sent = await this.transport.sendMail({
        from: this.config.SMTP_FROM,
        to: delivery.recipient,
        subject: message.subject,
        text: message.body,
        messageId: `<notification-${delivery.id}@los.local>`,
        headers: { 'X-LOS-Template': message.template.id },
      });
      return sent.messageId;
    } catch (error) {
      const { responseCode, code } = error as { responseCode?: number; code?: string };
      throw new DeliveryError(`SMTP ${responseCode ?? code ?? 'error'}`);
    }
  }

  onModuleDestroy(): void {
    this.transport.close();
  }
}
