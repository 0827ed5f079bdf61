import { Inject, Injectable, Logger } from '@nestjs/common';
import { PartnerWebhookDeliveriesRepository } from './deliveries/partner-webhook-deliveries.repository.js';
import { signatureHeadersOf } from './deliveries/signature-headers.js';
import { isVerifierUnavailable } from './deliveries/verifier-unavailable.js';
import type { WebhookReceipt } from './partner-events.service.js';
import { PartnerWebhookIntake, type InboundDelivery } from './partner-webhook.intake.js';

export type WebhookOutcome = { recorded: WebhookReceipt } | { kept: string };

/**
 * A lender's webhook: checked by disbursal-service and its events recorded, or, when disbursal-service cannot be asked, the
 * webhook itself kept in MySQL (committed before this returns) for the delivery sweeper. A refusal is thrown as is.
 */
@Injectable()
export class ReceivePartnerWebhookUseCase {
  private readonly logger = new Logger(ReceivePartnerWebhookUseCase.name);

  constructor(
    @Inject(PartnerWebhookIntake) private readonly intake: Pick<PartnerWebhookIntake, 'verify' | 'apply'>,
    @Inject(PartnerWebhookDeliveriesRepository) private readonly deliveries: Pick<PartnerWebhookDeliveriesRepository, 'store'>,
  ) {}

  async execute(delivery: InboundDelivery): Promise<WebhookOutcome> {
    let events;
    try {
      events = await this.intake.verify(delivery);
    } catch (error) {
      if (!isVerifierUnavailable(error)) throw error;
      const id = await this.deliveries.store({ ...delivery, headers: signatureHeadersOf(delivery.headers) });
      this.logger.warn(
        { deliveryId: id, partner: delivery.partnerCode, correlationId: delivery.correlationId },
        'Verifier away: lender webhook kept for later',
      );
      return { kept: id };
    }
    return { recorded: await this.intake.apply(delivery.partnerCode, events, delivery.correlationId) };
  }
}
