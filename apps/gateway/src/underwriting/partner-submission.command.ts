import type { SubmitToPartnerCommand } from '@los/contracts';
import type { ApplicationEntity } from '../applications/application.entity.js';

/** The application as the lender of its accepted offer receives it, once our credit decision approved it. */
export function submitCommandOf(application: ApplicationEntity, offerId: string): SubmitToPartnerCommand {
  return {
    applicationId: application.id,
    offerId,
    purpose: application.purpose,
    applicant: {
      fullName: application.fullName,
      dob: application.dob,
      pan: application.pan,
      mobile: application.mobile,
      email: application.email,
      employmentType: application.employmentType,
      monthlyIncome: application.monthlyIncome,
      existingEmiMonthly: application.existingEmiMonthly,
      pincode: application.pincode,
      city: application.city,
      state: application.state,
    },
  };
}
