import { PartnerStatus } from '../../contract/canonical.js';
import { PartnerError, PartnerErrorCode } from '../../contract/partner-error.js';
import { OCEAN } from './ocean.constants.js';

const OCEAN_STATUS: Readonly<Record<string, PartnerStatus>> = {
  LOAN_APPLICATION_RECEIVED: PartnerStatus.Received,
  UNDERWRITING: PartnerStatus.UnderReview,
  OFFER_APPROVED: PartnerStatus.Approved,
  OFFER_REJECTED: PartnerStatus.Rejected,
  DISBURSEMENT_INITIATED: PartnerStatus.DisbursalInitiated,
  DISBURSED: PartnerStatus.Disbursed,
  DISBURSEMENT_FAILED: PartnerStatus.DisbursalFailed,
};

/** OCEAN's status words in our vocabulary; a word outside the map is an error, never a guess. */
export function oceanStatus(word: unknown): PartnerStatus {
  const status = typeof word === 'string' && Object.hasOwn(OCEAN_STATUS, word) ? OCEAN_STATUS[word] : undefined;
  if (!status) throw new PartnerError(PartnerErrorCode.UnknownStatus, `OCEAN status "${String(word)}" is not mapped`, OCEAN);
  return status;
}
