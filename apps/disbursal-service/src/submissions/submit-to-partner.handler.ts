import { Injectable, Logger } from '@nestjs/common';
import { AppException, DurableCommandHandler, type CommandHandler, type CommandOutcome } from '@los/common';
import {
  ErrorCode,
  EventType,
  MessagePattern,
  PartnerStatus,
  SubmitToPartnerCommand,
  type AcceptedOfferView,
  type CommandEnvelope,
  type PartnerSubmissionEvent,
} from '@los/contracts';
import { LivePartners, PartnerError, PartnerErrorCode, type NbfcAdapter, type SubmissionResult } from '@los/nbfc';
import { AcceptedOffersClient } from './accepted-offers.client.js';
import { canonicalSubmissionOf } from './canonical-submission.mapper.js';
import { DecisionSlaTracker } from './decision-sla.tracker.js';
import { acceptanceRequestId, submissionRequestId } from './partner-request-ids.js';
import { PartnerSubmissionsRepository } from './partner-submissions.repository.js';

/** A lender refusing for good is reported; an outage, a rate limit or an open breaker is retried by the durable path. */
const RETRY_LATER = new Set([
  PartnerErrorCode.Timeout,
  PartnerErrorCode.Unavailable,
  PartnerErrorCode.RateLimited,
  PartnerErrorCode.CircuitOpen,
]);

/**
 * `offer.cmd.submit-to-partner.v1`: sends an accepted application to the lender of its offer, once. The lender
 * dedupes on our request id (one per application), so a retry after a lost answer finds the same loan.
 */
@Injectable()
@DurableCommandHandler(MessagePattern.SubmitToPartner)
export class SubmitToPartnerHandler implements CommandHandler<SubmitToPartnerCommand> {
  readonly payloadClass = SubmitToPartnerCommand;
  private readonly logger = new Logger(SubmitToPartnerHandler.name);

  constructor(
    private readonly acceptedOffers: AcceptedOffersClient,
    private readonly submissions: PartnerSubmissionsRepository,
    private readonly live: LivePartners,
    private readonly decisionSla: DecisionSlaTracker,
  ) {}

  async execute(command: SubmitToPartnerCommand, envelope: CommandEnvelope<SubmitToPartnerCommand>): Promise<CommandOutcome> {
    const offer = await this.acceptedOffer(command, envelope.correlationId);
    const adapter = this.live.adapterOf(offer.partnerCode);
    if (!adapter)
      return outcome({ applicationId: command.applicationId, partnerCode: offer.partnerCode, submitted: false, reason: 'RULES_ONLY' });

    const submission = await this.submissions.start({
      applicationId: command.applicationId,
      offerId: offer.offerId,
      partnerCode: offer.partnerCode,
      partnerQuoteId: offer.partnerQuoteId,
      requestId: submissionRequestId(command.applicationId),
    });
    if (submission.partnerReference && submission.partnerStatus) {
      return submitted(command.applicationId, offer.partnerCode, {
        partnerReference: submission.partnerReference,
        status: submission.partnerStatus,
      });
    }
    try {
      const { result, confirmed } = await this.submit(adapter, command, offer, submission.requestId, envelope.correlationId);
      await this.submissions.succeeded(command.applicationId, result.partnerReference, result.status, confirmed);
      await this.decisionSla.observe(offer.partnerCode, result.partnerReference, result.status, new Date());
      this.logger.log({ applicationId: command.applicationId, partner: offer.partnerCode, status: result.status }, 'Submitted to partner');
      return submitted(command.applicationId, offer.partnerCode, result);
    } catch (error) {
      if (!(error instanceof PartnerError) || RETRY_LATER.has(error.code)) throw error;
      await this.submissions.failed(command.applicationId, error.code);
      this.logger.warn(
        { applicationId: command.applicationId, partner: offer.partnerCode, code: error.code },
        'Partner refused the submission',
      );
      return {
        ...outcome({ applicationId: command.applicationId, partnerCode: offer.partnerCode, submitted: false, reason: error.code }),
        failureCode: error.code,
      };
    }
  }

  /**
   * A lender that only answers when asked (no webhooks) decides on submission; confirming the borrower's
   * acceptance there is what sanctions the loan. Lenders with webhooks report their decision themselves, and the
   * `AcceptanceConfirmer` confirms once they approve.
   */
  private async submit(
    adapter: NbfcAdapter,
    command: SubmitToPartnerCommand,
    offer: AcceptedOfferView,
    requestId: string,
    correlationId: string,
  ): Promise<{ result: SubmissionResult; confirmed: boolean }> {
    const { applicant, ask } = canonicalSubmissionOf(command, offer);
    const result = await adapter.submitApplication(applicant, ask, offer.partnerQuoteId ?? undefined, { requestId, correlationId });
    const confirmNow =
      result.status === PartnerStatus.Approved || (adapter.capabilities.pollingOnly && result.status !== PartnerStatus.Rejected);
    if (!confirmNow || !offer.partnerQuoteId) return { result, confirmed: false };
    const context = { requestId: acceptanceRequestId(command.applicationId), correlationId };
    return { result: await adapter.acceptOffer(result.partnerReference, offer.partnerQuoteId, context), confirmed: true };
  }

  /** Asked of offer-service, which owns acceptance; it cannot be asked → an upstream error, retried by the durable path. */
  private async acceptedOffer(command: SubmitToPartnerCommand, correlationId: string): Promise<AcceptedOfferView> {
    const offer = await this.acceptedOffers.find(command.applicationId, correlationId);
    if (offer?.offerId !== command.offerId)
      throw new AppException(ErrorCode.Conflict, 'This offer is not the accepted offer of the application');
    return offer;
  }
}

function submitted(applicationId: string, partnerCode: string, result: SubmissionResult): CommandOutcome {
  return outcome({ applicationId, partnerCode, submitted: true, partnerReference: result.partnerReference, partnerStatus: result.status });
}

function outcome(payload: PartnerSubmissionEvent): CommandOutcome {
  return { type: EventType.PartnerSubmission, payload };
}
