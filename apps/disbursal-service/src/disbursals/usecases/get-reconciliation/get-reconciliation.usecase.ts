import { Injectable } from '@nestjs/common';
import type { ReconciliationCorrectionView, ReconciliationReport } from '@los/contracts';
import { DisbursalsRepository } from '../../disbursals.repository.js';
import { ReconciliationOutcome } from '../../entities/disbursal-reconciliation.entity.js';

const DAY_MS = 86_400_000;

/**
 * One UTC day of reconciliation: disbursals the reconciler found as their lender has them (matched), disbursals it
 * repaired (corrected), amounts reported other than the KFS net (from any source), and disbursals still open at the
 * day's end; with every correction's before and after.
 */
@Injectable()
export class GetReconciliationUseCase {
  constructor(private readonly repository: DisbursalsRepository) {}

  async execute(date: string): Promise<ReconciliationReport> {
    const from = new Date(`${date}T00:00:00.000Z`);
    const to = new Date(from.getTime() + DAY_MS);
    const checks = await this.repository.checksBetween(from, to);
    const distinct = (outcome: ReconciliationOutcome) =>
      new Set(checks.filter((c) => c.outcome === outcome).map((c) => c.applicationId)).size;
    const corrected = new Set(checks.filter((c) => c.outcome === ReconciliationOutcome.Corrected).map((c) => c.applicationId));
    const matched = new Set(
      checks.filter((c) => c.outcome === ReconciliationOutcome.Matched && !corrected.has(c.applicationId)).map((c) => c.applicationId),
    );
    const corrections: ReconciliationCorrectionView[] = checks
      .filter((c) => c.outcome !== ReconciliationOutcome.Matched)
      .map((c) => ({
        applicationId: c.applicationId,
        partnerCode: c.partnerCode,
        kind: c.outcome === ReconciliationOutcome.Corrected ? 'CORRECTED' : 'AMOUNT_MISMATCH',
        before: c.beforeState ?? {},
        after: c.afterState ?? {},
        at: c.at.toISOString(),
      }));
    return {
      date,
      matched: matched.size,
      corrected: corrected.size,
      amountMismatches: distinct(ReconciliationOutcome.AmountMismatch),
      stillOpen: await this.repository.countOpenRequestedBefore(new Date(Math.min(to.getTime(), Date.now()))),
      corrections,
    };
  }
}
