import { ApplicationStatus } from '@los/contracts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * Built-in maximum dwell time of every non-final status. Machine steps get minutes; steps waiting on a
 * person get hours; steps waiting on the borrower get a month, so only abandoned applications surface.
 * `DWELL_LIMITS_MS` overrides them, per status and per lender for the lender steps.
 */
export const DEFAULT_DWELL_LIMITS_MS: Readonly<Partial<Record<ApplicationStatus, number>>> = {
  [ApplicationStatus.LeadCreated]: 30 * DAY,
  [ApplicationStatus.KycInProgress]: 15 * MINUTE,
  [ApplicationStatus.KycReview]: 4 * HOUR,
  [ApplicationStatus.KycFailed]: 30 * DAY,
  // Offers are computed by a command recorded on entering it: a machine step.
  [ApplicationStatus.KycVerified]: 15 * MINUTE,
  [ApplicationStatus.OffersReady]: 30 * DAY,
  [ApplicationStatus.OfferAccepted]: 30 * MINUTE,
  [ApplicationStatus.Underwriting]: 30 * MINUTE,
  [ApplicationStatus.LenderReview]: 30 * MINUTE,
  [ApplicationStatus.ManualReview]: 2 * HOUR,
  [ApplicationStatus.Approved]: 2 * DAY,
  [ApplicationStatus.DisbursalRequested]: DAY,
  // Waiting on ops to fix the cause and re-initiate.
  [ApplicationStatus.DisbursalFailed]: 2 * DAY,
};
