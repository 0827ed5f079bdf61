import { PartnerStatus } from '../../contract/canonical.js';
import { PartnerError, PartnerErrorCode } from '../../contract/partner-error.js';
import { KUBER } from './kuber.constants.js';

const KUBER_STATUS: Readonly<Record<string, PartnerStatus>> = {
  RCVD: PartnerStatus.Received,
  UWIP: PartnerStatus.UnderReview,
  SANC: PartnerStatus.Approved,
  RJCT: PartnerStatus.Rejected,
  DISB_INIT: PartnerStatus.DisbursalInitiated,
  DISB_DONE: PartnerStatus.Disbursed,
  DISB_FAIL: PartnerStatus.DisbursalFailed,
};

/** KUBER's status words in our vocabulary; a word outside the map is an error, never a guess. */
export function kuberStatus(word: string): PartnerStatus {
  const status = Object.hasOwn(KUBER_STATUS, word) ? KUBER_STATUS[word] : undefined;
  if (!status) throw new PartnerError(PartnerErrorCode.UnknownStatus, `KUBER status "${word}" is not mapped`, KUBER);
  return status;
}
