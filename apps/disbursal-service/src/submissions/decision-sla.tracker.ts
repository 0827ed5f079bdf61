import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { PartnerStatus } from '@los/contracts';
import { IsNull, LessThan, Not, type Repository } from 'typeorm';
import { LivePartners, PartnerSlaBreachesRepository, partnerSlaBreachesTotal } from '@los/nbfc';
import { PartnerSubmissionEntity } from './partner-submission.entity.js';

const DECISIONS = new Set([PartnerStatus.Approved, PartnerStatus.Rejected]);
const OPERATION = 'decision';
/** A webhook can outrun the recording of the submission it is about: look again a little later. */
const UNMATCHED_RETRIES = 3;
const UNMATCHED_RETRY_MS = 1_000;

/**
 * The lender's decision SLA (partner configuration `sla.decisionMs`), measured from our submission: a decision
 * that came late, or none within the SLA, is recorded once as a breach with the application and the figure.
 */
@Injectable()
export class DecisionSlaTracker {
  private readonly logger = new Logger(DecisionSlaTracker.name);

  constructor(
    @InjectRepository(PartnerSubmissionEntity) private readonly submissions: Repository<PartnerSubmissionEntity>,
    private readonly breaches: PartnerSlaBreachesRepository,
    private readonly live: LivePartners,
  ) {}

  /** A lender's news about a submission; only its first decision counts. Never fails the caller. */
  async observe(
    partnerCode: string,
    partnerReference: string,
    status: PartnerStatus,
    at: Date,
    retriesLeft = UNMATCHED_RETRIES,
  ): Promise<void> {
    if (!DECISIONS.has(status)) return;
    try {
      const decided = await this.submissions.update(
        { partnerCode, partnerReference, decidedAt: IsNull() },
        { decidedAt: at, partnerStatus: status, updatedAt: new Date() },
      );
      if (decided.affected !== 1) {
        const known = await this.submissions.existsBy({ partnerCode, partnerReference });
        if (!known && retriesLeft > 0) {
          setTimeout(() => void this.observe(partnerCode, partnerReference, status, at, retriesLeft - 1), UNMATCHED_RETRY_MS).unref();
        }
        return;
      }
      const submission = await this.submissions.findOneBy({ partnerCode, partnerReference });
      const thresholdMs = this.live.slaOf(partnerCode)?.decisionMs;
      if (!submission || thresholdMs === undefined) return;
      const figureMs = at.getTime() - submission.createdAt.getTime();
      if (figureMs > thresholdMs) await this.breach(submission, figureMs, thresholdMs, at);
    } catch (error) {
      this.logger.warn({ partner: partnerCode, err: error }, 'decision SLA not tracked');
    }
  }

  /** Submissions still undecided past their lender's decision SLA, each recorded once. */
  async recordOverdue(now = new Date()): Promise<number> {
    let recorded = 0;
    for (const [partnerCode, { sla }] of this.live.all()) {
      const overdue = await this.submissions.find({
        where: {
          partnerCode,
          partnerReference: Not(IsNull()),
          decidedAt: IsNull(),
          decisionSlaBreached: false,
          createdAt: LessThan(new Date(now.getTime() - sla.decisionMs)),
        },
        take: 100,
      });
      for (const submission of overdue) {
        if (await this.breach(submission, now.getTime() - submission.createdAt.getTime(), sla.decisionMs, now)) recorded += 1;
      }
    }
    return recorded;
  }

  private async breach(submission: PartnerSubmissionEntity, figureMs: number, thresholdMs: number, at: Date): Promise<boolean> {
    const claimed = await this.submissions.update(
      { applicationId: submission.applicationId, decisionSlaBreached: false },
      { decisionSlaBreached: true },
    );
    if (claimed.affected !== 1) return false;
    await this.breaches.insertBreach({
      partnerCode: submission.partnerCode,
      operation: OPERATION,
      applicationId: submission.applicationId,
      figureMs: Math.round(figureMs),
      thresholdMs,
      at,
    });
    partnerSlaBreachesTotal.inc({ partner: submission.partnerCode, operation: OPERATION });
    return true;
  }
}
