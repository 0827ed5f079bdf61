import { calculateEmi } from './emi.calculator.js';
import { RATE_RULE, TENURE_RULE } from './emi-input.js';
import { AMOUNT_DECIMALS, MAX_PRINCIPAL } from './emi-limits.constants.js';
import { EmiErrorCode } from './emi-input.exception.js';
import { Decimal, ONE, roundDownToRupee } from './money.js';
import { readNumberField } from './number-field.js';

const MAX_EMI_RULE = { min: 0, max: MAX_PRINCIPAL, decimals: AMOUNT_DECIMALS };
const HALF_PAISA = new Decimal('0.005');

/**
 * The largest principal, in whole rupees (offers are made in rupees), whose EMI does not exceed
 * `maxEmi`; used for FOIR eligibility. Not clamped to the product's principal bounds.
 */
export function maxPrincipalForEmi(maxEmi: number, annualRatePercent: number, tenureMonths: number): Decimal {
  const emiCap = readNumberField(maxEmi, 'maxEmi', EmiErrorCode.InvalidMaxEmi, MAX_EMI_RULE);
  const rate = readNumberField(annualRatePercent, 'annualRatePercent', EmiErrorCode.InvalidRate, RATE_RULE);
  const months = readNumberField(tenureMonths, 'tenureMonths', EmiErrorCode.InvalidTenure, TENURE_RULE).toNumber();
  const emiOf = (principal: Decimal) => calculateEmi(principal, rate, months);
  // The EMI rounds half-up, so a principal qualifies while its exact EMI is below maxEmi + ½ paisa;
  // the inverse annuity lands on or next to the answer and the EMI function settles it.
  let principal = roundDownToRupee(emiCap.plus(HALF_PAISA).mul(annuityFactor(rate, months)));
  while (principal.gt(0) && emiOf(principal).gt(emiCap)) principal = principal.minus(1);
  while (emiOf(principal.plus(1)).lte(emiCap)) principal = principal.plus(1);
  return principal;
}

/** Principal repaid by an EMI of 1: (1 − (1+r)^−n) / r, or n at 0%. */
function annuityFactor(annualRatePercent: Decimal, tenureMonths: number): Decimal {
  if (annualRatePercent.isZero()) return new Decimal(tenureMonths);
  const monthlyRate = annualRatePercent.div(1200);
  return ONE.minus(monthlyRate.plus(1).pow(-tenureMonths)).div(monthlyRate);
}
