import { PERSONAL_LOAN_PRODUCT, type UnderwritingInput } from '@los/contracts';
import { underwritingFacts } from '../underwriting-facts.js';

const SAMPLE_INPUT: UnderwritingInput = {
  applicationId: '00000000-0000-4000-8000-000000000000',
  product: PERSONAL_LOAN_PRODUCT,
  lender: 'SAMPLE',
  applicant: { employmentType: 'SALARIED', monthlyIncome: '85000.00', pincode: '560001', ageAtMaturity: 40 },
  loan: { amount: '250000.00', tenureMonths: 36, emi: '8303.58', offeredAmount: '250000.00', offeredTenureMonths: 36 },
  kyc: { decision: 'VERIFIED', score: 95 },
  bureau: {
    score: 750,
    activeLoans: 1,
    activeEmiMonthly: '12000.00',
    dpd30Last12m: 0,
    dpd60Last12m: 0,
    dpd90Last12m: 0,
    enquiriesLast6m: 1,
    writtenOffAccounts: 0,
    reportId: 'sample',
    fetchedAt: '2026-01-01T00:00:00.000Z',
  },
  foir: '0.4000',
  documents: [],
};

/** A typical applicant's facts: expressions run against them so zen parses every cell before a publish. */
export const SAMPLE_FACTS = underwritingFacts(SAMPLE_INPUT);

export function sampleValueAt(path: string): unknown {
  let value: unknown = SAMPLE_FACTS;
  for (const part of path.split('.'))
    value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[part] : undefined;
  return value ?? null;
}
