import { aprInBasisPoints } from './apr-rounding.js';
import { estimateMonthlyIrr } from './irr-estimate.js';
import { Decimal, fromBasisPoints, ONE, paiseOf, ZERO } from './money.js';

/** Borrower cash flows: `netDisbursed` received at month 0, then `level` paid in months 1..months, plus adjustments. */
export interface LoanCashFlows {
  readonly netDisbursed: Decimal;
  readonly level: Decimal;
  readonly months: number;
  /** Amounts added to the level instalment in one month: the last row, broken-period interest. */
  readonly adjustments: readonly { readonly month: number; readonly amount: Decimal }[];
}

// Newton converges quadratically: once a step is below 1e-15 the rate is good to about 1e-28.
const TOLERANCE = new Decimal('1e-15');
const MAX_ITERATIONS = 200;

/** Monthly IRR × 12, in percent, rounded half-up to 2 decimals and decided exactly; amounts in whole paise. */
export function annualPercentageRate(flows: LoanCashFlows): Decimal {
  const instalments = instalmentsOf(flows, paiseOf);
  return fromBasisPoints(aprInBasisPoints(paiseOf(flows.netDisbursed), instalments));
}

/**
 * The monthly IRR itself to about 28 digits. Newton's method from a float64 estimate, kept inside
 * a bracket that bisection shrinks. NPV falls strictly as the rate rises, is positive at 0 and
 * negative at (total paid / net disbursed − 1), so exactly one root lies between.
 */
export function monthlyInternalRate(flows: LoanCashFlows): Decimal {
  const paid = flows.adjustments.reduce((sum, { amount }) => sum.plus(amount), flows.level.mul(flows.months));
  if (paid.eq(flows.netDisbursed)) return ZERO;
  let low = ZERO;
  let high = paid.div(flows.netDisbursed).minus(1);
  const estimate = estimateMonthlyIrr(
    flows.netDisbursed.toNumber(),
    instalmentsOf(flows, (amount) => amount.toNumber()),
  );
  let rate = new Decimal(estimate);
  if (!(rate.gt(low) && rate.lt(high))) rate = high.div(2);
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    const { value, slope } = netPresentValue(flows, rate);
    if (value.isZero()) return rate;
    if (value.isPos()) low = rate;
    else high = rate;
    let next = rate.minus(value.div(slope));
    if (!(next.gt(low) && next.lt(high))) next = low.plus(high).div(2);
    if (next.minus(rate).abs().lt(TOLERANCE)) return next;
    rate = next;
  }
  throw new Error(`IRR did not converge in ${MAX_ITERATIONS} iterations`);
}

function instalmentsOf({ level, months, adjustments }: LoanCashFlows, toNumber: (amount: Decimal) => number): Float64Array {
  const instalments = new Float64Array(months).fill(toNumber(level));
  for (const { month, amount } of adjustments) instalments[month - 1] += toNumber(amount);
  return instalments;
}

/** NPV at a monthly rate and its derivative, using the closed form of the level annuity. */
function netPresentValue({ netDisbursed, level, months, adjustments }: LoanCashFlows, rate: Decimal) {
  const discount = ONE.div(rate.plus(1));
  const discountToEnd = discount.pow(months);
  const annuity = ONE.minus(discountToEnd).div(rate);
  const annuitySlope = discountToEnd.mul(discount).mul(months).minus(annuity).div(rate);
  let value = level.mul(annuity).minus(netDisbursed);
  let slope = level.mul(annuitySlope);
  for (const { month, amount } of adjustments) {
    const discounted = amount.mul(month === months ? discountToEnd : discount.pow(month));
    value = value.plus(discounted);
    slope = slope.minus(discounted.mul(discount).mul(month));
  }
  return { value, slope };
}
