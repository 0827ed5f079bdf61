import { AppException } from '@los/common';
import { ApplicationStatus, ErrorCode, FINAL_STATUSES } from '@los/contracts';

const S = ApplicationStatus;
/** Before KYC is verified there is no verified name to match the account holder with. */
const BEFORE_KYC: ReadonlySet<ApplicationStatus> = new Set([S.LeadCreated, S.KycInProgress, S.KycReview, S.KycFailed]);

/**
 * When the payout account may be set or replaced: from KYC_VERIFIED until disbursal is requested, and again after a
 * failed disbursal (a bounced account is fixed before ops re-initiate). Adding again
 * replaces the current account whatever its state (PENDING, REVIEW, REJECTED, even VERIFIED): the new one is verified
 * afresh. From DISBURSAL_REQUESTED on (and in any final status) the account is the one money went or goes to.
 */
export function assertBankAccountMayChange(status: ApplicationStatus): void {
  if (BEFORE_KYC.has(status)) {
    throw new AppException(
      ErrorCode.BankAccountChangeNotAllowed,
      `A bank account can be added once KYC is verified; the application is ${status}`,
    );
  }
  if (status === S.DisbursalRequested || FINAL_STATUSES.has(status)) {
    throw new AppException(ErrorCode.BankAccountChangeNotAllowed, `The bank account cannot change while the application is ${status}`);
  }
}
