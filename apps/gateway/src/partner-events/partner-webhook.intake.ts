import { Injectable } from '@nestjs/common';
import { RpcClient } from '@los/common';
import { MessagePattern, type PartnerEventView, type PartnerWebhookReply, type PartnerWebhookRequest } from '@los/contracts';
import { DisbursalNewsRouter, splitDisbursalNews } from './disbursal-news.router.js';
import { PartnerEventsService, type WebhookReceipt } from './partner-events.service.js';

export interface InboundDelivery {
  partnerCode: string;
  headers: Record<string, string>;
  rawBody: Buffer;
  correlationId: string;
}

/**
 * One path for a lender's webhook, whether it is answered at once or kept while disbursal-service was away: disbursal-service
 * checks the signature and reads the events, then they are applied once each by event id.
 */
@Injectable()
export class PartnerWebhookIntake {
  constructor(
    private readonly rpc: RpcClient,
    private readonly events: PartnerEventsService,
    private readonly disbursalNews: DisbursalNewsRouter,
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

  /** Payout news goes to the disbursal record in disbursal-service; the rest moves the application. */
  async apply(partnerCode: string, events: PartnerEventView[], correlationId: string): Promise<WebhookReceipt> {
    const { disbursal, other } = splitDisbursalNews(events);
    const paid = await this.disbursalNews.forward(partnerCode, disbursal, correlationId);
    const rest = await this.events.receive(partnerCode, other);
    return { received: paid.received + rest.received, duplicates: paid.duplicates + rest.duplicates };
  }
}
