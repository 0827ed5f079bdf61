import { DisbursalStatus, EventType, type DisbursalUpdatedEvent, formatMoney } from '@los/contracts';
import type { CommandOutcome } from '@los/common';
import type { DisbursalEntity } from './entities/disbursal.entity.js';

/** The result of a disburse command once its disbursal is final (DISBURSED or FAILED). */
export function outcomeOf(disbursal: DisbursalEntity): CommandOutcome {
  const payload: DisbursalUpdatedEvent = {
    applicationId: disbursal.applicationId,
    status: disbursal.status,
    initiation: disbursal.initiation,
    attempts: disbursal.attempts,
  };
  if (disbursal.status === DisbursalStatus.Disbursed) {
    Object.assign(payload, {
      amount: formatMoney(disbursal.disbursedAmount ?? disbursal.expectedAmount),
      ...(disbursal.utr ? { utr: disbursal.utr } : {}),
      ...(disbursal.valueDate ? { valueDate: disbursal.valueDate } : {}),
    });
  } else {
    Object.assign(payload, {
      failureReason: disbursal.failureReason ?? 'Disbursal failed',
      retryable: disbursal.failureRetryable ?? false,
    });
  }
  return { type: EventType.DisbursalUpdated, payload };
}

/** What a correction record keeps of a disbursal: its state, never the beneficiary. */
export function snapshotOf(disbursal: DisbursalEntity): Record<string, unknown> {
  return {
    status: disbursal.status,
    disbursedAmount: disbursal.disbursedAmount === null ? null : formatMoney(disbursal.disbursedAmount),
    utr: disbursal.utr,
    valueDate: disbursal.valueDate,
    failureReason: disbursal.failureReason,
  };
}
