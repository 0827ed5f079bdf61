import { Injectable } from '@nestjs/common';
import { RpcClient } from '@los/common';
import {
  MessagePattern,
  PartnerStatus,
  type LenderDisbursalEvents,
  type LenderDisbursalEventsReply,
  type PartnerEventView,
} from '@los/contracts';

/** A lender's news about a payout: the disbursal record in disbursal-service applies it, not the application. */
const DISBURSAL_NEWS: ReadonlySet<PartnerStatus> = new Set([
  PartnerStatus.DisbursalInitiated,
  PartnerStatus.Disbursed,
  PartnerStatus.DisbursalFailed,
]);

export function splitDisbursalNews(events: PartnerEventView[]): { disbursal: PartnerEventView[]; other: PartnerEventView[] } {
  return {
    disbursal: events.filter((event) => DISBURSAL_NEWS.has(event.status)),
    other: events.filter((event) => !DISBURSAL_NEWS.has(event.status)),
  };
}

/**
 * Hands a webhook's disbursal events to disbursal-service, which records each once by event id and moves the
 * disbursal forward only; the lender hears 2xx only after that, so an unavailable disbursal-service means a retry.
 */
@Injectable()
export class DisbursalNewsRouter {
  constructor(private readonly rpc: RpcClient) {}

  async forward(partnerCode: string, events: PartnerEventView[], correlationId: string): Promise<LenderDisbursalEventsReply> {
    if (events.length === 0) return { received: 0, duplicates: 0 };
    const payload: LenderDisbursalEvents = { partnerCode, events };
    return this.rpc.send<LenderDisbursalEventsReply>(MessagePattern.DisbursalLenderEvents, { correlationId, payload });
  }
}
