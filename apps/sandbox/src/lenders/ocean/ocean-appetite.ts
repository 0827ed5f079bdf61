import { emi } from '../shared/lender-ids.js';
import { OCEAN_MAX_FOIR, OCEAN_MIN_MONTHLY_INCOME } from './ocean-lender.constants.js';

export interface OceanAsk {
  monthlyIncome: number;
  existingEmi: number;
  amount: number;
  tenureMonths: number;
  score: number;
}

export type OceanDecision =
  | { approved: true; amount: string; tenureMonths: number; interestRate: string; processingFee: string }
  | { approved: false; reasons: string[] };

const rupees = (paise: number) => `${Math.floor(paise / 100)}.${String(paise % 100).padStart(2, '0')}`;

/** OCEAN lends to monthly incomes of ₹40,000 and above whose EMIs, the new one included, stay within 55% of income (FOIR). */
export function oceanDecision(ask: OceanAsk): OceanDecision {
  const rate = ask.score >= 750 ? 15 : 17.5;
  const reasons: string[] = [];
  if (ask.monthlyIncome < OCEAN_MIN_MONTHLY_INCOME) reasons.push('INCOME_BELOW_40000');
  if (ask.tenureMonths < 3 || ask.tenureMonths > 60) reasons.push('TENURE_OUT_OF_RANGE');
  else if (ask.monthlyIncome > 0 && (ask.existingEmi + emi(ask.amount, rate, ask.tenureMonths)) / ask.monthlyIncome > OCEAN_MAX_FOIR)
    reasons.push('FOIR_ABOVE_55');
  if (reasons.length) return { approved: false, reasons };
  const amountPaise = Math.round(ask.amount * 100);
  return {
    approved: true,
    amount: rupees(amountPaise),
    tenureMonths: ask.tenureMonths,
    interestRate: rate.toFixed(2),
    processingFee: rupees(Math.round(amountPaise / 100)),
  };
}
