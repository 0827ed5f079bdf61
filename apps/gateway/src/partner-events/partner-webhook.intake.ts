import { Injectable } from '@nestjs/common';
import { RpcClient } from '@los/common';
import { MessagePattern, type PartnerEventView, type PartnerWebhookReply, type PartnerWebhookRequest } from '@los/contracts';
import { PartnerEventsService, type WebhookReceipt } from './partner-events.service.js';

export interface InboundDelivery {
  partnerCode: string;
  headers: Record<string, string>;
  rawBody: Buffer;
  correlationId: string;
}

/**
 * One path for a lender's webhook, whether it is answered at once or kept while offer-service was away: offer-service
 * checks the signature and reads the events, then they are applied once each by event id.
 */
@Injectable()
export class PartnerWebhookIntake {
  constructor(
    private readonly rpc: RpcClient,
    private readonly events: PartnerEventsService,
  ) {}

  /** Throws the verifier's refusal (4xx), or an upstream error when it cannot be asked. */
  async verify(delivery: InboundDelivery): Promise<PartnerEventView[]> {
    const payload: PartnerWebhookRequest = {
      partnerCode: delivery.partnerCode,
      headers: delivery.headers,
      rawBodyBase64: delivery.rawBody.toString('base64'),
      correlationId: delivery.correlationId,
    };
    const reply = await this.rpc.send<PartnerWebhookReply>(MessagePattern.PartnerWebhook, {
      correlationId: delivery.correlationId,
      payload,
    });
    return reply.events;
  }

  apply(partnerCode: string, events: PartnerEventView[]): Promise<WebhookReceipt> {
    return this.events.receive(partnerCode, events);
  }
}
