import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, PeriodicTask, type DisbursalConfig } from '@los/common';
import { LivePartners, PartnerError, PartnerErrorCode } from '@los/nbfc';
import type { PartnerSubmissionEntity } from './partner-submission.entity.js';
import { PartnerSubmissionsRepository } from './partner-submissions.repository.js';
import { acceptanceRequestId } from './partner-request-ids.js';

/**
 * Once a lender approves, it is told that the borrower accepts its offer (the acceptance given with the KFS). The
 * approved-but-unconfirmed rows in MySQL are the to-do list, so nothing is lost to a crash; the lender dedupes on
 * our request id, so two replicas confirming at once are harmless. A refusal is recorded and not retried.
 */
@Injectable()
export class AcceptanceConfirmer extends PeriodicTask {
  protected readonly logger = new Logger(AcceptanceConfirmer.name);

  constructor(
    @Inject(APP_CONFIG) config: DisbursalConfig,
    private readonly submissions: PartnerSubmissionsRepository,
    private readonly live: LivePartners,
  ) {
    super(config.SWEEP_INTERVAL_MS);
  }

  protected async runOnce(): Promise<void> {
    for (const submission of await this.submissions.awaitingConfirmation()) await this.confirm(submission);
  }

  private async confirm(submission: PartnerSubmissionEntity): Promise<void> {
    const adapter = this.live.adapterOf(submission.partnerCode);
    if (!adapter || !submission.partnerQuoteId || !submission.partnerReference) return;
    const context = { requestId: acceptanceRequestId(submission.applicationId), correlationId: `confirm-${submission.applicationId}` };
    try {
      await adapter.acceptOffer(submission.partnerReference, submission.partnerQuoteId, context);
      await this.submissions.confirmed(submission.applicationId);
    } catch (error) {
      if (!(error instanceof PartnerError) || error.retryable || error.code === PartnerErrorCode.CircuitOpen) {
        this.logger.warn(
          { applicationId: submission.applicationId, partner: submission.partnerCode, err: error },
          'acceptance not confirmed yet; will retry',
        );
        return;
      }
      await this.submissions.failed(submission.applicationId, error.code);
      this.logger.error(
        { applicationId: submission.applicationId, partner: submission.partnerCode, code: error.code },
        'lender refused the acceptance',
      );
    }
  }
}
