import { decisionTableIdOf, PERSONAL_LOAN_PRODUCT } from '@los/contracts';
import type { HitPolicy } from '../validation/jdm-content.js';
import { buildDecisionTable, type TableColumn, type TableRow } from './jdm-table.builder.js';

/** One lender's appetite; kept consistent with its offer-service rules (score floor, FOIR, age at maturity). */
interface Appetite {
  lender: string;
  hitPolicy: HitPolicy;
  minBureauScore: number;
  /** FOIR above `foirReferAbove` and up to `foirRejectAbove` is referred; above it, rejected. */
  foirReferAbove: number;
  foirRejectAbove: number;
  maxAgeAtMaturity: number;
  maxEnquiriesLast6m: number;
  minKycScore: number;
  selfEmployedDocuments?: string[];
}

const COLUMNS: readonly TableColumn[] = [
  { id: 'bureau', name: 'Bureau report', field: 'bureau' },
  { id: 'score', name: 'Bureau score', field: 'bureau.score' },
  { id: 'writtenOff', name: 'Written-off accounts', field: 'bureau.writtenOffAccounts' },
  { id: 'dpd90', name: 'DPD90 last 12m', field: 'bureau.dpd90Last12m' },
  { id: 'enquiries', name: 'Enquiries last 6m', field: 'bureau.enquiriesLast6m' },
  { id: 'foir', name: 'FOIR', field: 'foir' },
  { id: 'ageAtMaturity', name: 'Age at maturity', field: 'applicant.ageAtMaturity' },
  { id: 'employment', name: 'Employment', field: 'applicant.employmentType' },
  { id: 'kycDecision', name: 'KYC decision', field: 'kyc.decision' },
  { id: 'kycScore', name: 'KYC score', field: 'kyc.score' },
  { id: 'amount', name: 'Amount', field: 'loan.amount' },
];

// Offer-service caps FOIR at offer time on declared EMIs; these bands start above that cap, so an applicant
// who got an offer is not referred for FOIR unless the bureau shows debts they did not declare.
const APPETITES: readonly Appetite[] = [
  {
    lender: 'AURUM_PRIME',
    hitPolicy: 'collect',
    minBureauScore: 720,
    foirReferAbove: 0.65,
    foirRejectAbove: 0.75,
    maxAgeAtMaturity: 60,
    maxEnquiriesLast6m: 4,
    minKycScore: 80,
  },
  {
    lender: 'VISTAAR_CREDIT',
    hitPolicy: 'collect',
    minBureauScore: 650,
    foirReferAbove: 0.6,
    foirRejectAbove: 0.7,
    maxAgeAtMaturity: 65,
    maxEnquiriesLast6m: 6,
    minKycScore: 75,
  },
  {
    lender: 'UDYAM_FINSERV',
    hitPolicy: 'collect',
    minBureauScore: 650,
    foirReferAbove: 0.7,
    foirRejectAbove: 0.8,
    maxAgeAtMaturity: 68,
    maxEnquiriesLast6m: 6,
    minKycScore: 75,
    selfEmployedDocuments: ['ITR_LAST_2Y', 'BANK_STATEMENT_6M'],
  },
  {
    lender: 'SETU_MICROLOANS',
    hitPolicy: 'first',
    minBureauScore: 600,
    foirReferAbove: 0.55,
    foirRejectAbove: 0.65,
    maxAgeAtMaturity: 62,
    maxEnquiriesLast6m: 8,
    minKycScore: 70,
  },
];

/** Rows in `first` order: what rejects, then what refers, then the default approval. */
function rowsOf(a: Appetite): TableRow[] {
  const rows: TableRow[] = [
    {
      id: 'bureau-unavailable',
      when: { bureau: '$ == null' },
      decision: 'REFER',
      reasonCode: 'BUREAU_UNAVAILABLE',
      reasonText: 'The credit bureau could not be reached',
      borrowerFacing: false,
    },
    {
      id: 'score-below-min',
      when: { score: `< ${a.minBureauScore}` },
      decision: 'REJECT',
      reasonCode: 'SCORE_BELOW_MIN',
      reasonText: `Credit score below ${a.minBureauScore}`,
      borrowerFacing: true,
    },
    {
      id: 'written-off',
      when: { writtenOff: '> 0' },
      decision: 'REJECT',
      reasonCode: 'WRITTEN_OFF_ACCOUNTS',
      reasonText: 'The credit report shows written-off accounts',
      borrowerFacing: true,
    },
    {
      id: 'dpd90',
      when: { dpd90: '> 0' },
      decision: 'REJECT',
      reasonCode: 'DPD90_LAST_12M',
      reasonText: 'A payment 90+ days overdue in the last 12 months',
      borrowerFacing: true,
    },
    {
      id: 'foir-above-cap',
      when: { foir: `> ${a.foirRejectAbove}` },
      decision: 'REJECT',
      reasonCode: 'FOIR_ABOVE_CAP',
      reasonText: `EMIs above ${Math.round(a.foirRejectAbove * 100)}% of income`,
      borrowerFacing: true,
    },
    {
      id: 'age-at-maturity',
      when: { ageAtMaturity: `> ${a.maxAgeAtMaturity}` },
      decision: 'REJECT',
      reasonCode: 'AGE_AT_MATURITY',
      reasonText: `Age at the end of the loan above ${a.maxAgeAtMaturity}`,
      borrowerFacing: true,
    },
    {
      id: 'kyc-not-verified',
      when: { kycDecision: '!= "VERIFIED"' },
      decision: 'REFER',
      reasonCode: 'KYC_NOT_VERIFIED',
      reasonText: 'KYC is not verified',
      borrowerFacing: false,
    },
    {
      id: 'kyc-score-low',
      when: { kycScore: `< ${a.minKycScore}` },
      decision: 'REFER',
      reasonCode: 'KYC_SCORE_LOW',
      reasonText: `KYC match score below ${a.minKycScore}`,
      borrowerFacing: false,
    },
    {
      id: 'foir-grey-band',
      when: { foir: `(${a.foirReferAbove}..${a.foirRejectAbove}]` },
      decision: 'REFER',
      reasonCode: 'FOIR_GREY_BAND',
      reasonText: `EMIs between ${Math.round(a.foirReferAbove * 100)}% and ${Math.round(a.foirRejectAbove * 100)}% of income`,
      borrowerFacing: false,
    },
    {
      id: 'many-enquiries',
      when: { enquiries: `> ${a.maxEnquiriesLast6m}` },
      decision: 'REFER',
      reasonCode: 'MANY_ENQUIRIES',
      reasonText: `More than ${a.maxEnquiriesLast6m} credit enquiries in 6 months`,
      borrowerFacing: false,
    },
    {
      id: 'amount-above-offer',
      when: { amount: '> loan.offeredAmount' },
      decision: 'REFER',
      reasonCode: 'AMOUNT_ABOVE_OFFER',
      reasonText: 'The amount asked is above the accepted offer',
      borrowerFacing: false,
    },
  ];
  if (a.selfEmployedDocuments) {
    rows.push({
      id: 'self-employed-documents',
      when: { employment: '"SELF_EMPLOYED"' },
      decision: 'APPROVE',
      reasonCode: 'POLICY_MET_WITH_DOCUMENTS',
      reasonText: 'Approved subject to income documents',
      borrowerFacing: false,
      documentsRequired: a.selfEmployedDocuments,
    });
  }
  rows.push({
    id: 'default-approve',
    when: {},
    decision: 'APPROVE',
    reasonCode: 'POLICY_MET',
    reasonText: 'Meets the credit policy',
    borrowerFacing: false,
  });
  return rows;
}

export interface DecisionTableSeed {
  tableId: string;
  content: Record<string, unknown>;
}

/** Version 1 of the four lenders' tables, inserted at boot when missing. */
export const DECISION_TABLE_SEEDS: readonly DecisionTableSeed[] = APPETITES.map((appetite) => ({
  tableId: decisionTableIdOf(PERSONAL_LOAN_PRODUCT, appetite.lender),
  content: buildDecisionTable(`${appetite.lender} credit policy`, appetite.hitPolicy, COLUMNS, rowsOf(appetite)),
}));
