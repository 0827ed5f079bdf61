import { Decimal } from '../../emi/index.js';
import type { PartnerRules } from './partner-rules.js';

/** Percent of the amount plus the flat part, clamped to the optional bounds, to the paisa. */
export function processingFeeFor(amount: Decimal, fee: PartnerRules['processingFee']): Decimal {
  let total = amount.mul(fee.percent).div(100).plus(fee.flat);
  if (fee.min !== undefined && total.lt(fee.min)) total = new Decimal(fee.min);
  if (fee.max !== undefined && total.gt(fee.max)) total = new Decimal(fee.max);
  return total.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}
