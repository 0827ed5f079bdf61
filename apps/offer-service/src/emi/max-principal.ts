import { emiInPaise } from './emi.calculator.js';
import { RATE_RULE, TENURE_RULE } from './emi-input.js';
import { AMOUNT_DECIMALS, MAX_PRINCIPAL } from './emi-limits.constants.js';
import { EmiErrorCode } from './emi-input.exception.js';
import { Decimal } from './money.js';
import { readNumberField } from './number-field.js';
import { toPaise, toPpm } from './paise.js';

const MAX_EMI_RULE = { min: 0, max: MAX_PRINCIPAL, decimals: AMOUNT_DECIMALS };

/**
 * The largest principal, in whole rupees (offers are made in rupees), whose EMI does not exceed
 * `maxEmi`; used for FOIR eligibility. Not clamped to the product's principal bounds.
 */
export function maxPrincipalForEmi(maxEmi: number, annualRatePercent: number, tenureMonths: number): Decimal {
  const emiCap = toPaise(readNumberField(maxEmi, 'maxEmi', EmiErrorCode.InvalidMaxEmi, MAX_EMI_RULE));
  const ratePpm = toPpm(readNumberField(annualRatePercent, 'annualRatePercent', EmiErrorCode.InvalidRate, RATE_RULE));
  const months = readNumberField(tenureMonths, 'tenureMonths', EmiErrorCode.InvalidTenure, TENURE_RULE);
  const fits = (rupees: number) => emiInPaise(rupees * 100, ratePpm, months) <= emiCap;
  // The EMI rounds half-up, so a principal qualifies while its exact EMI is below maxEmi + ½ paisa;
  // the float inverse annuity lands on or next to the answer and the exact EMI settles it.
  let principal = Math.max(0, Math.floor(((emiCap + 0.5) / 100) * annuityFactor(ratePpm, months)));
  while (principal > 0 && !fits(principal)) principal -= 1;
  while (fits(principal + 1)) principal += 1;
  return new Decimal(principal);
}

/** Principal repaid by an EMI of 1: (1 − (1+r)^−n) / r, or n at 0%. */
function annuityFactor(annualRatePpm: number, tenureMonths: number): number {
  if (annualRatePpm === 0) return tenureMonths;
  const monthlyRate = annualRatePpm / 12_000_000;
  return -Math.expm1(-tenureMonths * Math.log1p(monthlyRate)) / monthlyRate;
}
