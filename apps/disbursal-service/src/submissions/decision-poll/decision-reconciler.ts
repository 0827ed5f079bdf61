import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, PeriodicTask, type DisbursalConfig } from '@los/common';
import { PartnerStatus } from '@los/contracts';
import { LivePartners, PartnerError, type NbfcAdapter } from '@los/nbfc';
import { AcceptanceConfirmer } from '../acceptance-confirmer.js';
import { DecisionSlaTracker } from '../decision-sla.tracker.js';
import { DecisionNewsReporter } from './decision-news.reporter.js';
import { decisionPollsTotal } from './decision-poll.metrics.js';
import { DecisionPollsRepository, type UndecidedSubmission } from './decision-polls.repository.js';

const DECISIONS = new Set([PartnerStatus.Approved, PartnerStatus.Rejected]);
const BATCH = 50;

export interface ReconcileResult {
  polled: number;
  decided: number;
}

/**
 * Webhooks get lost (a lender that does not retry, an outage on our side): a submission left without a decision past
 * `DECISION_POLL_AFTER_MS` has its lender asked, at most every `DECISION_POLL_INTERVAL_MS`, whether or not the lender
 * sends webhooks. A decision found is reported to the gateway and counted like one that came by webhook.
 */
@Injectable()
export class DecisionReconciler extends PeriodicTask {
  protected readonly logger = new Logger(DecisionReconciler.name);
  private readonly pollAfterMs: number;
  private readonly pollEveryMs: number;

  constructor(
    @Inject(APP_CONFIG) config: Pick<DisbursalConfig, 'DECISION_POLL_AFTER_MS' | 'DECISION_POLL_INTERVAL_MS'>,
    private readonly polls: DecisionPollsRepository,
    @Inject(LivePartners) private readonly live: Pick<LivePartners, 'adapterOf'>,
    private readonly reporter: DecisionNewsReporter,
    @Inject(DecisionSlaTracker) private readonly decisionSla: Pick<DecisionSlaTracker, 'observe'>,
    @Inject(AcceptanceConfirmer) private readonly confirmer: Pick<AcceptanceConfirmer, 'runSoon'>,
  ) {
    super(config.DECISION_POLL_INTERVAL_MS);
    this.pollAfterMs = config.DECISION_POLL_AFTER_MS;
    this.pollEveryMs = config.DECISION_POLL_INTERVAL_MS;
  }

  protected async runOnce(): Promise<void> {
    const result = await this.reconcile();
    if (result.decided > 0) this.logger.warn(result, 'lender decisions found by polling (their webhooks never came)');
  }

  async reconcile(now = new Date()): Promise<ReconcileResult> {
    const result: ReconcileResult = { polled: 0, decided: 0 };
    for (const submission of await this.polls.due(new Date(now.getTime() - this.pollAfterMs), now, BATCH)) {
      const adapter = this.live.adapterOf(submission.partnerCode);
      if (!adapter || !(await this.polls.claim(submission.applicationId, now, this.pollEveryMs))) continue;
      const outcome = await this.poll(adapter, submission);
      await this.polls.polled(submission.applicationId, new Date(), outcome);
      decisionPollsTotal.inc({ partner: submission.partnerCode, outcome: outcome === 'DECIDED' ? 'decided' : outcomeLabel(outcome) });
      result.polled += 1;
      if (outcome === 'DECIDED') result.decided += 1;
    }
    return result;
  }

  /** `DECIDED`, the lender's undecided status, or the code of what went wrong. */
  private async poll(adapter: NbfcAdapter, submission: UndecidedSubmission): Promise<string> {
    const correlationId = `decision-poll-${submission.applicationId}`;
    let status: PartnerStatus;
    try {
      ({ status } = await adapter.applicationStatus(submission.partnerReference, { requestId: correlationId, correlationId }));
    } catch (error) {
      this.logger.warn({ applicationId: submission.applicationId, partner: submission.partnerCode, err: error }, 'decision poll failed');
      return error instanceof PartnerError ? error.code : 'UNEXPECTED';
    }
    if (!DECISIONS.has(status)) return status;
    try {
      await this.reporter.report(submission, status, correlationId);
    } catch (error) {
      // Not marked decided: the next poll finds the decision again and reports it (the same event id).
      this.logger.warn({ applicationId: submission.applicationId, err: error }, 'decision found but not reported yet');
      return 'REPORT_FAILED';
    }
    await this.decisionSla.observe(submission.partnerCode, submission.partnerReference, status, new Date());
    if (status === PartnerStatus.Approved) this.confirmer.runSoon();
    return 'DECIDED';
  }
}

function outcomeLabel(outcome: string): string {
  return Object.values(PartnerStatus).includes(outcome as PartnerStatus) ? 'undecided' : 'error';
}
