import { DisbursalStatus, isDisbursalStepForward, PartnerStatus } from '@los/contracts';

/** A lender's word on a disbursal, from a webhook, a poll, the reconciler or the answer to our request. */
export interface LenderNews {
  status: PartnerStatus;
  amount?: string;
  utr?: string;
  valueDate?: string;
  failureReason?: string;
  disbursalReference?: string;
}

const DISBURSAL_STATUS_OF: Partial<Record<PartnerStatus, DisbursalStatus>> = {
  [PartnerStatus.DisbursalInitiated]: DisbursalStatus.Processing,
  [PartnerStatus.Disbursed]: DisbursalStatus.Disbursed,
  [PartnerStatus.DisbursalFailed]: DisbursalStatus.Failed,
};

/** Our disbursal status for a lender status; null for news that is not about the payout (an approval, say). */
export function disbursalStatusOf(status: PartnerStatus): DisbursalStatus | null {
  return DISBURSAL_STATUS_OF[status] ?? null;
}

/** Is this lender status news about a payout. */
export function isDisbursalNews(status: PartnerStatus): boolean {
  return disbursalStatusOf(status) !== null;
}

export type NewsVerdict = 'FORWARD' | 'SAME' | 'STALE';

/** Whether news moves a disbursal on, says what it already is, or is older (or contradicts a final outcome): never backwards. */
export function verdictOf(current: DisbursalStatus, news: PartnerStatus): NewsVerdict {
  const target = disbursalStatusOf(news);
  if (target === null) return 'STALE';
  if (target === current) return 'SAME';
  return isDisbursalStepForward(current, target) ? 'FORWARD' : 'STALE';
}
