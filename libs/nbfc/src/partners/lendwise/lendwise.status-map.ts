import { PartnerStatus } from '../../contract/canonical.js';
import { StatusMap } from '../../mapping/status-map.js';

export const lendwiseStatusMap = (partnerCode: string) =>
  new StatusMap(partnerCode, {
    received: PartnerStatus.Received,
    in_review: PartnerStatus.UnderReview,
    approved: PartnerStatus.Approved,
    declined: PartnerStatus.Rejected,
    disbursing: PartnerStatus.DisbursalInitiated,
    disbursed: PartnerStatus.Disbursed,
    disbursal_failed: PartnerStatus.DisbursalFailed,
  });
