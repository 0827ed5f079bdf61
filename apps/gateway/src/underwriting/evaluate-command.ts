import { AppException } from '@los/common';
import { ErrorCode, PERSONAL_LOAN_PRODUCT, type UnderwritingEvaluateCommand, type UnderwritingTrigger } from '@los/contracts';
import type { ApplicationEntity } from '../applications/application.entity.js';

/** The application's facts as underwriting-service evaluates them; it gathers the offer, KYC and bureau itself. */
export function evaluateCommandOf(
  application: ApplicationEntity,
  trigger: UnderwritingTrigger,
  documents: string[],
): UnderwritingEvaluateCommand {
  if (!application.acceptedOfferId || !application.acceptedPartnerCode) {
    throw new AppException(ErrorCode.InvalidTransition, 'The application has no accepted offer to evaluate');
  }
  return {
    applicationId: application.id,
    trigger,
    offerId: application.acceptedOfferId,
    partnerCode: application.acceptedPartnerCode,
    product: PERSONAL_LOAN_PRODUCT,
    applicant: {
      pan: application.pan,
      dob: application.dob,
      employmentType: application.employmentType,
      monthlyIncome: application.monthlyIncome,
      existingEmiMonthly: application.existingEmiMonthly,
      pincode: application.pincode,
    },
    loan: { amount: application.loanAmount, tenureMonths: application.tenureMonths, purpose: application.purpose },
    // Offers exist only for a verified KYC, and acceptance needs offers.
    kycStatus: 'VERIFIED',
    documents: [...new Set(documents)].sort(),
  };
}
