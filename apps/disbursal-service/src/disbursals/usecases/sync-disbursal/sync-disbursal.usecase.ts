import { Injectable, Logger } from '@nestjs/common';
import { DisbursalStatus } from '@los/contracts';
import { LivePartners, PartnerError, PartnerErrorCode, type DisbursalResult } from '@los/nbfc';
import { DisbursalProgress } from '../../disbursal-progress.service.js';
import { DisbursalNewsSource, ReconciliationOutcome } from '../../entities/disbursal-reconciliation.entity.js';
import type { DisbursalEntity } from '../../entities/disbursal.entity.js';

export type SyncOutcome = ReconciliationOutcome | 'UNREACHABLE';

/**
 * Asks the lender where a disbursal stands and brings ours up to it, forward only. Polling (lenders without webhooks)
 * applies the answer as news; the reconciler also records each check: matched, or corrected with before and after.
 */
@Injectable()
export class SyncDisbursalUseCase {
  private readonly logger = new Logger(SyncDisbursalUseCase.name);

  constructor(
    private readonly live: LivePartners,
    private readonly progress: DisbursalProgress,
  ) {}

  async execute(disbursal: DisbursalEntity, source: DisbursalNewsSource.Poll | DisbursalNewsSource.Reconciler): Promise<SyncOutcome> {
    const answer = await this.ask(disbursal);
    if (answer === 'UNREACHABLE') return answer;
    const outcome = await this.progress.withLocked(disbursal.applicationId, async (manager, current) => {
      if (answer === 'UNKNOWN_AT_LENDER' || current.mismatchAmount !== null) {
        if (source === DisbursalNewsSource.Reconciler)
          await this.progress.record(manager, current, source, ReconciliationOutcome.Matched, null, null);
        return ReconciliationOutcome.Matched;
      }
      const news = { ...answer, ...(answer.disbursalReference ? { disbursalReference: answer.disbursalReference } : {}) };
      const result = await this.progress.apply(manager, current, news, source);
      if (result.effect === 'AMOUNT_MISMATCH') return ReconciliationOutcome.AmountMismatch;
      const outcome = result.effect === 'APPLIED' ? ReconciliationOutcome.Corrected : ReconciliationOutcome.Matched;
      if (source === DisbursalNewsSource.Reconciler) {
        await this.progress.record(
          manager,
          current,
          source,
          outcome,
          outcome === ReconciliationOutcome.Corrected ? result.before : null,
          outcome === ReconciliationOutcome.Corrected ? result.after : null,
        );
      }
      return outcome;
    });
    if (outcome === ReconciliationOutcome.Corrected && source === DisbursalNewsSource.Reconciler) {
      this.logger.warn({ applicationId: disbursal.applicationId, partner: disbursal.partnerCode }, 'Reconciler repaired a disbursal');
    }
    return outcome ?? 'UNREACHABLE';
  }

  private async ask(disbursal: DisbursalEntity): Promise<DisbursalResult | 'UNKNOWN_AT_LENDER' | 'UNREACHABLE'> {
    const adapter = this.live.adapterOf(disbursal.partnerCode);
    if (!adapter) return 'UNREACHABLE';
    try {
      return await adapter.disbursalStatus(disbursal.partnerReference, {
        requestId: `${disbursal.requestId}-status-${Date.now()}`,
        correlationId: `disbursal-sync-${disbursal.applicationId}`,
      });
    } catch (error) {
      // Not known at the lender: a request that never reached it is still ours to retry.
      if (error instanceof PartnerError && error.code === PartnerErrorCode.NotFound && disbursal.status === DisbursalStatus.Requested) {
        return 'UNKNOWN_AT_LENDER';
      }
      this.logger.warn({ applicationId: disbursal.applicationId, code: (error as PartnerError).code }, 'Disbursal status not available');
      return 'UNREACHABLE';
    }
  }
}
