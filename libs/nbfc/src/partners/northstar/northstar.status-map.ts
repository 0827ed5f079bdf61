import { PartnerStatus } from '../../contract/canonical.js';
import { StatusMap } from '../../mapping/status-map.js';

export const northstarStatusMap = (partnerCode: string) =>
  new StatusMap(partnerCode, {
    RECEIVED: PartnerStatus.Received,
    PENDING_UNDERWRITING: PartnerStatus.UnderReview,
    SANCTIONED: PartnerStatus.Approved,
    OFFER_ACCEPTED: PartnerStatus.Approved,
    NOT_SANCTIONED: PartnerStatus.Rejected,
    DISBURSEMENT_IN_PROGRESS: PartnerStatus.DisbursalInitiated,
    DISBURSED: PartnerStatus.Disbursed,
    DISBURSEMENT_FAILED: PartnerStatus.DisbursalFailed,
  });
