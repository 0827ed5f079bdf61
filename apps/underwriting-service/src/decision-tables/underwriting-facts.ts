import type { UnderwritingInput } from '@los/contracts';

/**
 * What a table's expressions see: the input with its decimal strings as numbers, since zen compares
 * numbers, not strings. Thresholds only compare, nothing is computed in money, so floats are safe here.
 */
export function underwritingFacts(input: UnderwritingInput): Record<string, unknown> {
  return {
    ...input,
    applicant: { ...input.applicant, monthlyIncome: Number(input.applicant.monthlyIncome) },
    loan: {
      ...input.loan,
      amount: Number(input.loan.amount),
      emi: Number(input.loan.emi),
      offeredAmount: Number(input.loan.offeredAmount),
    },
    bureau: input.bureau === null ? null : { ...input.bureau, activeEmiMonthly: Number(input.bureau.activeEmiMonthly) },
    foir: Number(input.foir),
  };
}
