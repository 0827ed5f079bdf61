import type { AcceptedOfferView, SubmitToPartnerCommand } from '@los/contracts';
import type { CanonicalApplicant, LoanAsk } from '@los/nbfc';

/** The borrower from the gateway's record, the loan from the accepted offer's terms (not the original ask). */
export function canonicalSubmissionOf(command: SubmitToPartnerCommand, offer: AcceptedOfferView) {
  const { applicant } = command;
  const canonical: CanonicalApplicant = {
    applicationId: command.applicationId,
    fullName: applicant.fullName,
    dob: applicant.dob,
    pan: applicant.pan,
    mobile: applicant.mobile,
    email: applicant.email,
    employmentType: applicant.employmentType,
    monthlyIncome: applicant.monthlyIncome,
    existingEmiMonthly: applicant.existingEmiMonthly,
    pincode: applicant.pincode,
    city: applicant.city,
    state: applicant.state,
    ...(offer.bureauScore !== null ? { bureauScore: offer.bureauScore } : {}),
  };
  const ask: LoanAsk = { amount: offer.amount, tenureMonths: offer.tenureMonths, purpose: command.purpose };
  return { applicant: canonical, ask };
}
