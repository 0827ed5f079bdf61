import { emi } from '../shared/lender-ids.js';

export interface NorthstarAsk {
  employmentType: string;
  monthlyIncome: number;
  existingEmi: number;
  score: number | null;
  principal: number;
  tenureMonths: number;
}

export type NorthstarDecision =
  | { result: 'ELIGIBLE'; amount: number; roi: number; processingFee: number }
  | { result: 'INELIGIBLE'; reasons: { code: string; description: string }[] };

const FOIR_LIMIT = 0.5;

/** Northstar's appetite: prefers salaried (self-employed need ₹50,000 a month and pay 2% more), FOIR at most 50%, score 650+. */
export function northstarDecision(ask: NorthstarAsk): NorthstarDecision {
  const salaried = ask.employmentType === 'SALARIED';
  const roi = (salaried ? 15 : 17) + (ask.score !== null && ask.score >= 760 ? -1.5 : 0);
  const reasons: { code: string; description: string }[] = [];
  if (!salaried && ask.monthlyIncome < 50_000)
    reasons.push({ code: 'SELF_EMPLOYED_INCOME_BELOW_MINIMUM', description: 'self-employed income below 50000' });
  if (ask.score !== null && ask.score < 650) reasons.push({ code: 'LOW_BUREAU_SCORE', description: 'bureau score below 650' });
  const foir = (ask.existingEmi + emi(ask.principal, roi, ask.tenureMonths)) / ask.monthlyIncome;
  if (!(foir <= FOIR_LIMIT)) reasons.push({ code: 'FOIR_EXCEEDED', description: `FOIR ${(foir * 100).toFixed(1)}% above 50%` });
  if (reasons.length) return { result: 'INELIGIBLE', reasons };
  return { result: 'ELIGIBLE', amount: ask.principal, roi, processingFee: Math.min(Math.round(ask.principal * 0.015), 10_000) };
}
