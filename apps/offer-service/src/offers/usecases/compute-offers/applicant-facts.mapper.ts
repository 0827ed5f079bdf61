import { AppException } from '@los/common';
import { ErrorCode, parseCalendarDate, type ComputeOffersRequest } from '@los/contracts';
import { Decimal } from '../../../emi/index.js';
import type { ApplicantFacts, LoanAskFacts } from '../../../eligibility/applicant-facts.js';

export function toApplicantFacts({ applicant }: ComputeOffersRequest, bureauScore: number): ApplicantFacts {
  return {
    dob: dateOfBirth(applicant.dob),
    monthlyIncome: new Decimal(applicant.monthlyIncome),
    existingEmiMonthly: new Decimal(applicant.existingEmiMonthly),
    employmentType: applicant.employmentType,
    pincode: applicant.pincode,
    state: applicant.state,
    bureauScore,
  };
}

export function toLoanAskFacts({ loan }: ComputeOffersRequest): LoanAskFacts {
  return { amount: new Decimal(loan.amount), tenureMonths: loan.tenureMonths };
}

/** Checked before the bureau is called, so a bad request costs no score pull. */
export function dateOfBirth(dob: string) {
  const parsed = parseCalendarDate(dob);
  if (!parsed) throw new AppException(ErrorCode.ValidationFailed, 'applicant.dob must be a real YYYY-MM-DD date');
  return parsed;
}
