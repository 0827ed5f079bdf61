import type { UnderwritingInput } from '@los/contracts';
import { DecisionEngineError } from './decision-engine.error.js';

/**
 * What a table's expressions see: the input with its decimal strings as numbers, since zen compares
 * numbers, not strings. Thresholds only compare, nothing is computed in money, so floats are safe here.
 * A missing or non-numeric fact throws: `NaN < 720` is false, so it would slip past every rejecting row.
 */
export function underwritingFacts(input: UnderwritingInput): Record<string, unknown> {
  const bureau = input.bureau;
  if (bureau !== null) {
    for (const field of [
      'score',
      'activeLoans',
      'dpd30Last12m',
      'dpd60Last12m',
      'dpd90Last12m',
      'enquiriesLast6m',
      'writtenOffAccounts',
    ] as const) {
      numberOf(bureau[field], `bureau.${field}`);
    }
  }
  numberOf(input.applicant?.ageAtMaturity, 'applicant.ageAtMaturity');
  numberOf(input.loan?.tenureMonths, 'loan.tenureMonths');
  if (input.kyc?.score !== null) numberOf(input.kyc?.score, 'kyc.score');
  return {
    ...input,
    applicant: { ...input.applicant, monthlyIncome: numberOf(input.applicant.monthlyIncome, 'applicant.monthlyIncome') },
    loan: {
      ...input.loan,
      amount: numberOf(input.loan.amount, 'loan.amount'),
      emi: numberOf(input.loan.emi, 'loan.emi'),
      offeredAmount: numberOf(input.loan.offeredAmount, 'loan.offeredAmount'),
    },
    bureau: bureau === null ? null : { ...bureau, activeEmiMonthly: numberOf(bureau.activeEmiMonthly, 'bureau.activeEmiMonthly') },
    foir: numberOf(input.foir, 'foir'),
  };
}

function numberOf(value: unknown, field: string): number {
  const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  if (!Number.isFinite(number)) throw new DecisionEngineError(`input ${field} is not a number`);
  return number;
}
