export interface LendwiseAsk {
  monthlyIncome: number;
  creditScore: number | null;
  loanAmount: number;
  tenureMonths: number;
}

export type LendwiseDecision =
  { outcome: 'approved'; amount: number; interestRate: number; processingFee: number } | { outcome: 'declined'; reasons: string[] };

/** Lendwise's appetite: income at least ₹30,000 a month and a score of 680 or more; up to 20× monthly income. */
export function lendwiseDecision(ask: LendwiseAsk): LendwiseDecision {
  const reasons: string[] = [];
  if (ask.monthlyIncome < 30_000) reasons.push('INCOME_BELOW_MINIMUM');
  if (ask.creditScore === null || ask.creditScore < 680) reasons.push('CREDIT_SCORE_BELOW_MINIMUM');
  if (reasons.length) return { outcome: 'declined', reasons };
  const amount = Math.min(ask.loanAmount, ask.monthlyIncome * 20);
  const interestRate = ask.creditScore! >= 750 ? 14.5 : 17.25;
  return { outcome: 'approved', amount, interestRate, processingFee: Math.round(amount * 0.02 * 100) / 100 };
}
