import { Injectable } from '@nestjs/common';
import { RpcClient } from '@los/common';
import { MessagePattern, type AcceptedOfferReply, type AcceptedOfferView } from '@los/contracts';

/** The accepted offer of an application, asked of offer-service (which owns pricing, quotes and acceptance). */
@Injectable()
export class AcceptedOffersClient {
  constructor(private readonly rpc: RpcClient) {}

  /** Null while none is accepted; an offer-service that cannot be asked throws an upstream error (retried by the caller). */
  async find(applicationId: string, correlationId: string): Promise<AcceptedOfferView | null> {
    const reply = await this.rpc.send<AcceptedOfferReply>(MessagePattern.OfferAccepted, { correlationId, payload: { applicationId } });
    return reply.offer;
  }
}
