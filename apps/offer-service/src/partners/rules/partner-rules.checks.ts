import { Decimal } from '../../emi/index.js';
import type { PartnerRules } from './partner-rules.js';
import { processingFeeFor } from './processing-fee.js';

/** Cross-field problems outside the rate grid, each naming what is wrong. */
export function ruleProblems(rules: PartnerRules): string[] {
  const problems: string[] = [];
  const { amount, processingFee, age, serviceable } = rules;
  if (amount.min > amount.max) problems.push(`amount: min ${amount.min} is above max ${amount.max}`);
  if (new Set(rules.tenureMonths).size !== rules.tenureMonths.length) problems.push('tenureMonths: each tenure may appear once');
  if (processingFee.min !== undefined && processingFee.max !== undefined && processingFee.min > processingFee.max) {
    problems.push(`processingFee: min ${processingFee.min} is above max ${processingFee.max}`);
  }
  if (age.minAtApplication > age.maxAtApplication) {
    problems.push(`age: minAtApplication ${age.minAtApplication} is above maxAtApplication ${age.maxAtApplication}`);
  }
  if (age.maxAtApplication > age.maxAtMaturity) {
    problems.push(`age: maxAtApplication ${age.maxAtApplication} is above maxAtMaturity ${age.maxAtMaturity}`);
  }
  if (serviceable.pincodePrefixes.length === 0 && serviceable.states.length === 0) {
    problems.push('serviceable: name at least one pincode prefix or state');
  }
  if (problems.length === 0) {
    const consumed = amountsWhereFeesConsumeTheLoan(rules);
    if (consumed) problems.push(`processingFee: fee and GST would consume the whole loan of ${consumed}`);
  }
  return problems;
}

/**
 * Disbursal (amount − fee − GST) is piecewise linear in the amount, so its minimum over the range lies
 * at an end of the range or where the fee's min/max clamp starts; checking those points is exact.
 */
function amountsWhereFeesConsumeTheLoan({ amount, processingFee, gstPercent }: PartnerRules): string | undefined {
  const candidates = [new Decimal(amount.min), new Decimal(amount.max)];
  if (processingFee.percent > 0) {
    for (const bound of [processingFee.min, processingFee.max]) {
      if (bound === undefined) continue;
      const kink = new Decimal(bound).minus(processingFee.flat).mul(100).div(processingFee.percent);
      if (kink.gt(amount.min) && kink.lt(amount.max)) candidates.push(kink);
    }
  }
  const gstFactor = new Decimal(gstPercent).div(100).plus(1);
  const consumed = candidates.find((loan) => processingFeeFor(loan, processingFee).mul(gstFactor).gte(loan));
  return consumed?.toDecimalPlaces(2).toString();
}
