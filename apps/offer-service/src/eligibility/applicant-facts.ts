import type { Decimal } from '../emi/index.js';

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** What eligibility looks at: the applicant as validated, money as decimals, plus the bureau score. */
export interface ApplicantFacts {
  dob: CalendarDate;
  monthlyIncome: Decimal;
  existingEmiMonthly: Decimal;
  employmentType: string;
  pincode: string;
  state: string;
  bureauScore: number;
}

export interface LoanAskFacts {
  amount: Decimal;
  tenureMonths: number;
}
