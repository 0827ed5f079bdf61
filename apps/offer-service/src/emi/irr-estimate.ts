import type { LoanCashFlows } from './apr.js';

const MAX_ITERATIONS = 100;

/**
 * A float64 guess of the monthly IRR, used only to start the decimal solver next to the root so
 * it converges in one or two steps; the decimal solver alone decides the answer. NaN if lost.
 */
export function estimateMonthlyIrr(flows: LoanCashFlows): number {
  const net = flows.netDisbursed.toNumber();
  const level = flows.level.toNumber();
  const months = flows.months;
  const adjustments = flows.adjustments.map(({ month, amount }) => ({ month, amount: amount.toNumber() }));
  const charges = adjustments.reduce((sum, { amount }) => sum + amount, level * months) - net;
  let rate = (2 * charges) / (net * (months + 1)); // the flat-rate rule of thumb
  for (let iteration = 0; iteration < MAX_ITERATIONS && rate > 0; iteration++) {
    const discount = 1 / (1 + rate);
    const discountToEnd = discount ** months;
    const annuity = (1 - discountToEnd) / rate;
    let value = level * annuity - net;
    let slope = (level * (months * discountToEnd * discount - annuity)) / rate;
    for (const { month, amount } of adjustments) {
      const discounted = amount * discount ** month;
      value += discounted;
      slope -= month * discounted * discount;
    }
    const next = Math.max(rate - value / slope, rate / 2);
    if (Math.abs(next - rate) <= 1e-13 * rate) return next; // about as close as float64 NPV can tell
    rate = next;
  }
  return Number.NaN;
}
