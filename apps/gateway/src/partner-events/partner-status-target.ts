import { ApplicationStatus, PartnerStatus } from '@los/contracts';

/**
 * Where each lender status puts our application; RECEIVED changes nothing of ours. The lender has an application
 * only after our approval (LENDER_REVIEW), so its review keeps it there.
 */
const TARGET_OF: Readonly<Record<PartnerStatus, ApplicationStatus | null>> = {
  [PartnerStatus.Received]: null,
  [PartnerStatus.UnderReview]: ApplicationStatus.LenderReview,
  [PartnerStatus.Approved]: ApplicationStatus.Approved,
  [PartnerStatus.Rejected]: ApplicationStatus.Rejected,
  [PartnerStatus.DisbursalInitiated]: ApplicationStatus.DisbursalRequested,
  [PartnerStatus.Disbursed]: ApplicationStatus.Disbursed,
  [PartnerStatus.DisbursalFailed]: ApplicationStatus.DisbursalFailed,
};

/** How far along the lender's process a status is: news ranked below what we know arrived out of order. */
const RANK_OF: Readonly<Record<PartnerStatus, number>> = {
  [PartnerStatus.Received]: 0,
  [PartnerStatus.UnderReview]: 1,
  [PartnerStatus.Approved]: 2,
  [PartnerStatus.Rejected]: 2,
  [PartnerStatus.DisbursalInitiated]: 3,
  [PartnerStatus.Disbursed]: 4,
  [PartnerStatus.DisbursalFailed]: 4,
};

export function applicationStatusFor(status: PartnerStatus): ApplicationStatus | null {
  return TARGET_OF[status];
}

export function isOlderNews(status: PartnerStatus, known: PartnerStatus | null): boolean {
  return known !== null && RANK_OF[status] < RANK_OF[known];
}

/** Another outcome at the same stage as what the lender told us (REJECTED after APPROVED, a failure after DISBURSED). */
export function contradictsKnown(status: PartnerStatus, known: PartnerStatus | null): boolean {
  return known !== null && status !== known && RANK_OF[status] === RANK_OF[known];
}
