import { KUBER_MAX_PAISE, KUBER_MIN_PAISE, KUBER_MIN_SCORE } from './kuber-lender.constants.js';

export interface KuberAsk {
  amountPaise: bigint;
  tenureMonths: number;
  score: number;
}

export type KuberDecision =
  | { approved: true; amountPaise: bigint; tenureMonths: number; ratePercent: string; feePaise: bigint }
  | { approved: false; reasons: string[] };

/** KUBER lends ₹50,000 to ₹5,00,000 over 6 to 60 months to bureau scores of 700 and above; the rate falls as the score rises. */
export function kuberDecision(ask: KuberAsk): KuberDecision {
  const reasons: string[] = [];
  if (ask.amountPaise < KUBER_MIN_PAISE) reasons.push('AMOUNT_BELOW_50000');
  if (ask.amountPaise > KUBER_MAX_PAISE) reasons.push('AMOUNT_ABOVE_500000');
  if (ask.tenureMonths < 6 || ask.tenureMonths > 60) reasons.push('TENURE_OUT_OF_RANGE');
  if (ask.score < KUBER_MIN_SCORE) reasons.push('SCORE_BELOW_700');
  if (reasons.length) return { approved: false, reasons };
  const steps = Math.max(0, Math.ceil((800 - ask.score) / 25));
  return {
    approved: true,
    amountPaise: ask.amountPaise,
    tenureMonths: ask.tenureMonths,
    ratePercent: (13.5 + steps * 0.5).toFixed(2),
    feePaise: (ask.amountPaise * 2n) / 100n,
  };
}
