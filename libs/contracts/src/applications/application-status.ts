export enum ApplicationStatus {
  LeadCreated = 'LEAD_CREATED',
  KycInProgress = 'KYC_IN_PROGRESS',
  KycVerified = 'KYC_VERIFIED',
  KycReview = 'KYC_REVIEW',
  KycFailed = 'KYC_FAILED',
  OffersReady = 'OFFERS_READY',
  NoOffers = 'NO_OFFERS',
  OfferAccepted = 'OFFER_ACCEPTED',
  Underwriting = 'UNDERWRITING',
  /** Our credit decision approved it; the lender has it to sanction. */
  LenderReview = 'LENDER_REVIEW',
  Approved = 'APPROVED',
  Rejected = 'REJECTED',
  ManualReview = 'MANUAL_REVIEW',
  DisbursalRequested = 'DISBURSAL_REQUESTED',
  Disbursed = 'DISBURSED',
  DisbursalFailed = 'DISBURSAL_FAILED',
  Cancelled = 'CANCELLED',
  Expired = 'EXPIRED',
}

const S = ApplicationStatus;

/** Statuses an application never leaves. A failed disbursal is not one: ops re-initiate it once the cause is fixed. */
export const FINAL_STATUSES: ReadonlySet<ApplicationStatus> = new Set([S.NoOffers, S.Rejected, S.Disbursed, S.Cancelled, S.Expired]);

const FORWARD: Partial<Record<ApplicationStatus, ApplicationStatus[]>> = {
  [S.LeadCreated]: [S.KycInProgress],
  [S.KycInProgress]: [S.KycVerified, S.KycReview, S.KycFailed],
  // A review resolves to verified or failed; any KYC result may be superseded by a new attempt.
  [S.KycReview]: [S.KycVerified, S.KycFailed, S.KycInProgress],
  [S.KycFailed]: [S.KycInProgress],
  [S.KycVerified]: [S.OffersReady, S.NoOffers, S.KycInProgress],
  [S.OffersReady]: [S.OfferAccepted],
  [S.OfferAccepted]: [S.Underwriting],
  // Our credit decision comes first: only an approval of ours sends the application to the lender (LENDER_REVIEW).
  [S.Underwriting]: [S.LenderReview, S.Rejected, S.ManualReview],
  // A referred case is decided by an underwriter, or evaluated again (a required document arrived, a bureau refresh).
  [S.ManualReview]: [S.LenderReview, S.Rejected, S.Underwriting],
  [S.LenderReview]: [S.Approved, S.Rejected],
  [S.Approved]: [S.DisbursalRequested],
  [S.DisbursalRequested]: [S.Disbursed, S.DisbursalFailed],
  // Ops re-initiate a failed disbursal (a new initiation with its own request id at the lender).
  [S.DisbursalFailed]: [S.DisbursalRequested],
};

/** The one transition map of the lifecycle: forward steps, plus CANCELLED and EXPIRED from any non-final status. */
export const APPLICATION_TRANSITIONS: ReadonlyMap<ApplicationStatus, ReadonlySet<ApplicationStatus>> = new Map(
  Object.values(ApplicationStatus).map((from) => [
    from,
    new Set(FINAL_STATUSES.has(from) ? [] : [...(FORWARD[from] ?? []), S.Cancelled, S.Expired]),
  ]),
);

export function canTransition(from: ApplicationStatus, to: ApplicationStatus): boolean {
  return APPLICATION_TRANSITIONS.get(from)?.has(to) ?? false;
}

/**
 * The shortest walk of forward steps from one status to another (excluding `from`), or null when `to` is not ahead:
 * how a lender's news (approved, disbursed) moves an application through the statuses in between. The walk never
 * leaves a status awaiting our own credit decision, so a lender's news cannot stand in for it.
 */
export function forwardPath(from: ApplicationStatus, to: ApplicationStatus): ApplicationStatus[] | null {
  const cameFrom = new Map<ApplicationStatus, ApplicationStatus>();
  const queue = [from];
  while (queue.length > 0) {
    const current = queue.shift()!;
    if (current === to && current !== from) {
      const path = [current];
      while (cameFrom.get(path[0]!) !== from) path.unshift(cameFrom.get(path[0]!)!);
      return path;
    }
    if (OUR_DECISION_PENDING.has(current)) continue;
    for (const next of FORWARD[current] ?? []) {
      if (next === from || cameFrom.has(next) || isKycStep(next)) continue;
      cameFrom.set(next, current);
      queue.push(next);
    }
  }
  return null;
}

/** Statuses before our credit decision: only our own decision (never a lender's news) moves an application out of them. */
const OUR_DECISION_PENDING: ReadonlySet<ApplicationStatus> = new Set([S.OfferAccepted, S.Underwriting, S.ManualReview]);

/** KYC may be re-run from several statuses; a lender's news never sends an application back through it. */
function isKycStep(status: ApplicationStatus): boolean {
  return status === S.KycInProgress || status === S.KycReview || status === S.KycFailed;
}
