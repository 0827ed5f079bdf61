import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type FeatureConfig } from '@los/common';
import { DisbursalStatus, formatMoney, PartnerStatus } from '@los/contracts';
import { LivePartners, PartnerError, PartnerErrorCode, type DisbursalResult } from '@los/nbfc';
import { VERIFIED_ACCOUNTS, type VerifiedAccounts } from '../../beneficiary/verified-accounts.js';
import { DisbursalProgress } from '../../disbursal-progress.service.js';
import { DisbursalRetryPolicy } from '../../domain/retry-policy.js';
import { DisbursalNewsSource } from '../../entities/disbursal-reconciliation.entity.js';
import type { DisbursalEntity } from '../../entities/disbursal.entity.js';

/** How long a claimed attempt holds the disbursal: past it (the caller died mid-call) the same request is made again. */
const ATTEMPT_LEASE_MS = 120_000;

type AttemptResult = { kind: 'answered'; result: DisbursalResult } | { kind: 'failed'; error: unknown };

/**
 * One call to the lender for a disbursal whose attempt is due, always with the disbursal's one request id (the lender
 * pays once whatever we repeat). A retryable failure schedules the next attempt by the retry policy, or fails the
 * disbursal (retryable, for ops to re-initiate) once the attempts are spent; a refusal fails it at once with the reason.
 */
@Injectable()
export class AttemptDisbursalUseCase {
  private readonly logger = new Logger(AttemptDisbursalUseCase.name);
  private readonly policy: DisbursalRetryPolicy;

  constructor(
    @Inject(APP_CONFIG) config: FeatureConfig<'disbursal'>,
    private readonly progress: DisbursalProgress,
    private readonly live: LivePartners,
    @Inject(VERIFIED_ACCOUNTS) private readonly accounts: VerifiedAccounts,
  ) {
    this.policy = new DisbursalRetryPolicy({
      attempts: config.DISBURSAL_RETRY_ATTEMPTS,
      baseMs: config.DISBURSAL_RETRY_BASE_MS,
      maxMs: config.DISBURSAL_RETRY_MAX_MS,
    });
  }

  async execute(applicationId: string, correlationId: string): Promise<void> {
    const claimed = await this.claim(applicationId);
    if (!claimed) return;
    const attempt = await this.call(claimed, correlationId);
    await this.progress.withLocked(applicationId, async (manager, disbursal) => {
      // The attempt is this one's only while the disbursal still waits on it (a webhook may have overtaken it).
      if (disbursal.status !== DisbursalStatus.Requested || disbursal.attempts !== claimed.attempts) return;
      if (attempt.kind === 'answered') {
        const { result } = attempt;
        const news = { ...result, status: result.status === PartnerStatus.Approved ? PartnerStatus.DisbursalInitiated : result.status };
        const applied = await this.progress.apply(manager, disbursal, news, DisbursalNewsSource.Request);
        if (applied.effect !== 'APPLIED' && disbursal.status === DisbursalStatus.Requested) {
          Object.assign(disbursal, { status: DisbursalStatus.Processing, nextAttemptAt: null, updatedAt: new Date() });
          await this.progress.save(manager, disbursal);
        }
        return;
      }
      this.onFailure(disbursal, attempt.error);
      await this.progress.save(manager, disbursal);
    });
  }

  /** Takes the due attempt (one replica wins): counts it and leases it. */
  private async claim(applicationId: string): Promise<DisbursalEntity | null> {
    return this.progress.withLocked(applicationId, async (manager, disbursal) => {
      const due = disbursal.status === DisbursalStatus.Requested && disbursal.nextAttemptAt && disbursal.nextAttemptAt <= new Date();
      if (!due) return null;
      Object.assign(disbursal, {
        attempts: disbursal.attempts + 1,
        nextAttemptAt: new Date(Date.now() + ATTEMPT_LEASE_MS),
        updatedAt: new Date(),
      });
      await this.progress.save(manager, disbursal);
      return { ...disbursal };
    });
  }

  private async call(disbursal: DisbursalEntity, correlationId: string): Promise<AttemptResult> {
    try {
      const adapter = this.live.adapterOf(disbursal.partnerCode);
      if (!adapter) throw new PartnerError(PartnerErrorCode.Unavailable, 'no live connection to this partner', disbursal.partnerCode);
      const beneficiary = await this.accounts.beneficiaryOf(disbursal.applicationId, disbursal.accountId);
      if (!beneficiary)
        throw new PartnerError(PartnerErrorCode.Rejected, 'the application has no verified bank account', disbursal.partnerCode);
      const request = {
        applicationId: disbursal.applicationId,
        partnerReference: disbursal.partnerReference,
        amount: formatMoney(disbursal.expectedAmount),
        beneficiary,
      };
      return { kind: 'answered', result: await adapter.requestDisbursal(request, { requestId: disbursal.requestId, correlationId }) };
    } catch (error) {
      return { kind: 'failed', error };
    }
  }

  private onFailure(disbursal: DisbursalEntity, error: unknown): void {
    const code = error instanceof PartnerError ? error.code : 'INTERNAL';
    const retryable = !(error instanceof PartnerError) || error.retryable || error.code === PartnerErrorCode.CircuitOpen;
    const now = new Date();
    disbursal.lastError = code;
    disbursal.updatedAt = now;
    if (!retryable) {
      this.fail(disbursal, `${code}: ${(error as Error).message}`, false, now);
      return;
    }
    const decision = this.policy.afterFailure(disbursal.attempts, error instanceof PartnerError ? error.retryAfterSeconds : undefined);
    if (decision.retry) {
      disbursal.nextAttemptAt = new Date(now.getTime() + decision.delayMs);
      this.logger.warn({ applicationId: disbursal.applicationId, attempt: disbursal.attempts, code }, 'Disbursal call failed; will retry');
      return;
    }
    this.fail(disbursal, `${code}: the lender did not take the disbursal after ${disbursal.attempts} attempts`, true, now);
  }

  private fail(disbursal: DisbursalEntity, reason: string, retryable: boolean, now: Date): void {
    Object.assign(disbursal, {
      status: DisbursalStatus.Failed,
      failureReason: reason.slice(0, 200),
      failureRetryable: retryable,
      nextAttemptAt: null,
      finalizedAt: now,
    });
    this.logger.warn({ applicationId: disbursal.applicationId, retryable, code: disbursal.lastError }, 'Disbursal failed');
  }
}
