import { decisionTableIdOf, PERSONAL_LOAN_PRODUCT, type BureauFacts, type UnderwritingInput } from '@los/contracts';

export const SEEDED_LENDERS = ['AURUM_PRIME', 'VISTAAR_CREDIT', 'UDYAM_FINSERV', 'SETU_MICROLOANS'] as const;

export const seededTableId = (lender: string) => decisionTableIdOf(PERSONAL_LOAN_PRODUCT, lender);

type InputChanges = Partial<Omit<UnderwritingInput, 'applicant' | 'loan' | 'kyc' | 'bureau'>> & {
  applicant?: Partial<UnderwritingInput['applicant']>;
  loan?: Partial<UnderwritingInput['loan']>;
  kyc?: Partial<UnderwritingInput['kyc']>;
  bureau?: Partial<BureauFacts> | null;
};

/** The e2e journeys' applicant: score 750, salaried, ₹85,000 a month, KYC verified, a clean bureau report. */
export function underwritingInput(lender: string, changes: InputChanges = {}): UnderwritingInput {
  const bureau: BureauFacts = {
    score: 750,
    activeLoans: 1,
    activeEmiMonthly: '12000.00',
    dpd30Last12m: 0,
    dpd60Last12m: 0,
    dpd90Last12m: 0,
    enquiriesLast6m: 1,
    writtenOffAccounts: 0,
    reportId: 'report-1',
    fetchedAt: '2026-12-01T10:00:00.000Z',
  };
  return {
    applicationId: changes.applicationId ?? '7f4c4f0e-0f5e-4b7a-9a55-1f0c3c1d2b3a',
    product: changes.product ?? PERSONAL_LOAN_PRODUCT,
    lender,
    applicant: { employmentType: 'SALARIED', monthlyIncome: '85000.00', pincode: '560001', ageAtMaturity: 38, ...changes.applicant },
    loan: {
      amount: '250000.00',
      tenureMonths: 36,
      emi: '8303.58',
      offeredAmount: '250000.00',
      offeredTenureMonths: 36,
      ...changes.loan,
    },
    kyc: { decision: 'VERIFIED', score: 96, ...changes.kyc },
    bureau: changes.bureau === null ? null : { ...bureau, ...changes.bureau },
    foir: changes.foir ?? '0.3800',
    documents: changes.documents ?? [],
  };
}
