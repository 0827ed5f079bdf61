import { Injectable } from '@nestjs/common';
import { PartnerStatus, type PartnerWebhookReply, type PartnerWebhookRequest } from '@los/contracts';
import { PartnerWebhookVerifier } from '@los/nbfc';
import { AcceptanceConfirmer } from './acceptance-confirmer.js';
import { DecisionSlaTracker } from './decision-sla.tracker.js';

/**
 * A lender's webhook, checked and read by `@los/nbfc` (which keeps it in the partner-call trail); its decisions
 * then count against the lender's decision SLA, and an approval has the borrower's acceptance confirmed soon.
 */
@Injectable()
export class VerifyPartnerWebhookUseCase {
  constructor(
    private readonly verifier: PartnerWebhookVerifier,
    private readonly decisionSla: DecisionSlaTracker,
    private readonly confirmer: AcceptanceConfirmer,
  ) {}

  async execute(request: PartnerWebhookRequest): Promise<PartnerWebhookReply> {
    const events = await this.verifier.verify(request);
    for (const event of events)
      await this.decisionSla.observe(request.partnerCode, event.partnerReference, event.status, new Date(event.occurredAt));
    if (events.some((event) => event.status === PartnerStatus.Approved)) this.confirmer.runSoon();
    return { events };
  }
}
