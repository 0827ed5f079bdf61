import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, PeriodicTask, type KycConfig } from '@los/common';
import { SOURCE_NAMES } from '../../sources/identity-source.js';
import type { KycCheck } from '../kyc-check.schema.js';
import { KycChecksRepository, type CheckResult } from '../kyc-checks.repository.js';
import { KycVerifier } from '../kyc-verifier.service.js';
import { KycEventPublisher } from './kyc-event.publisher.js';

export const REDRIVE_BATCH = 20;
/** After this many re-drives a check stays in review for a person. */
export const MAX_REDRIVES = 8;
/** How long a claimed re-drive belongs to its replica before another may take it over. */
export const REDRIVE_LEASE_MS = 30_000;

/**
 * Checks left in REVIEW only because a source was unavailable ask that source again once
 * KYC_REDRIVE_AFTER_MS has passed (then less and less often). A changed result becomes a new
 * revision of `kyc.evt.completed.v1`; revisions not yet on the events queue are sent again.
 */
@Injectable()
export class KycRedriveTask extends PeriodicTask {
  protected readonly logger = new Logger(KycRedriveTask.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: KycConfig,
    private readonly checks: KycChecksRepository,
    private readonly verifier: KycVerifier,
    private readonly events: KycEventPublisher,
  ) {
    super(config.SWEEP_INTERVAL_MS);
  }

  protected async runOnce(): Promise<void> {
    const now = new Date();
    for (const check of await this.checks.findRedriveDue(now, REDRIVE_BATCH)) {
      const lease = new Date(now.getTime() + Math.max(REDRIVE_LEASE_MS, this.config.KYC_REDRIVE_AFTER_MS));
      if (await this.checks.claimRedrive(check.kycId, check.redriveCount, now, lease)) {
        await this.redrive(check, check.redriveCount + 1);
      }
    }
    for (const check of await this.checks.findPublishPending(REDRIVE_BATCH)) {
      await this.events.publish(check);
    }
  }

  async redrive(check: KycCheck, round: number): Promise<void> {
    const unavailable = SOURCE_NAMES.filter((name) => check.sources?.[name]?.status === 'UNAVAILABLE');
    const result = await this.verifier.run(check, unavailable, round);
    const changed = resultChanged(check, result);
    const again = result.decision.redrivable && round < MAX_REDRIVES;
    const dueAt = again ? new Date(Date.now() + this.config.KYC_REDRIVE_AFTER_MS * Math.min(round + 1, 4)) : null;
    const updated = await this.checks.applyRedrive(check, result, changed, dueAt);
    this.logger.log(
      {
        kycId: check.kycId,
        round,
        sources: unavailable,
        status: result.decision.status,
        changed,
        stored: updated !== null,
      },
      'KYC re-drive finished',
    );
    if (updated && changed) await this.events.publish(updated);
  }
}

function resultChanged(check: KycCheck, { decision }: CheckResult): boolean {
  return decision.status !== check.status || decision.score !== check.score || decision.reasons.join('|') !== check.reasons.join('|');
}
