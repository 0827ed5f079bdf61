import type { CanonicalApplicant, LoanAsk } from '../../contract/canonical.js';

export const kuberApplicant: CanonicalApplicant = {
  applicationId: 'app-1',
  fullName: 'Asha Rao & Sons',
  dob: '1990-02-28',
  pan: 'ABCPR1234K',
  mobile: '09876543210',
  email: 'asha@example.in',
  employmentType: 'SALARIED',
  monthlyIncome: '85000.50',
  existingEmiMonthly: '0',
  pincode: '560001',
  city: 'Bengaluru',
  state: 'Karnataka',
  bureauScore: 742,
};

export const kuberAsk: LoanAsk = { amount: '200000', tenureMonths: 24, purpose: 'HOME_RENOVATION' };
