/**
 * What the underwriting engine decides on: one snapshot per evaluation, stored as taken so a decision can be
 * replayed and a draft table simulated against it. Field names are what decision tables refer to, so renaming
 * one is a table migration. Money is rupees as decimal strings (two decimals); ratios are decimal strings too.
 */
export interface UnderwritingInput {
  applicationId: string;
  product: string;
  lender: string;
  applicant: {
    employmentType: string;
    monthlyIncome: string;
    pincode: string;
    /** Whole years at the end of the tenure. */
    ageAtMaturity: number;
  };
  loan: {
    amount: string;
    tenureMonths: number;
    emi: string;
    /** The accepted offer's amount and tenure, to check the request against. */
    offeredAmount: string;
    offeredTenureMonths: number;
  };
  kyc: {
    decision: string;
    score: number | null;
  };
  /** Null when the bureau could not be reached: tables must refer such cases (BUREAU_UNAVAILABLE). */
  bureau: BureauFacts | null;
  /** (existing EMIs + bureau EMIs + the new EMI) / monthly income, e.g. "0.4375". */
  foir: string;
  documents: string[];
}

export interface BureauFacts {
  score: number;
  activeLoans: number;
  activeEmiMonthly: string;
  dpd30Last12m: number;
  dpd60Last12m: number;
  dpd90Last12m: number;
  enquiriesLast6m: number;
  writtenOffAccounts: number;
  reportId: string;
  fetchedAt: string;
}
