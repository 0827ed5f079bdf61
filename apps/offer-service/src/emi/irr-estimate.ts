const MAX_ITERATIONS = 200;

/**
 * A float64 estimate of the monthly IRR of `netDisbursed` received at month 0 and
 * `instalments[k − 1]` paid in month k (all non-negative). Safeguarded Newton: NPV falls
 * strictly as the rate rises, is non-negative at 0 and non-positive at total paid / net − 1.
 * Callers decide anything that needs exactness themselves.
 */
export function estimateMonthlyIrr(netDisbursed: number, instalments: ArrayLike<number>): number {
  let paid = 0;
  for (let index = 0; index < instalments.length; index++) paid += instalments[index];
  if (paid <= netDisbursed) return 0;
  let low = 0;
  let high = paid / netDisbursed - 1;
  let rate = (2 * (paid - netDisbursed)) / (netDisbursed * (instalments.length + 1)); // flat-rate rule of thumb
  if (!(rate > low && rate < high)) rate = high / 2;
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    const discount = 1 / (1 + rate);
    let value = -netDisbursed;
    let slope = 0;
    let factor = discount;
    for (let index = 0; index < instalments.length; index++) {
      const discounted = instalments[index] * factor;
      value += discounted;
      slope -= (index + 1) * discounted;
      factor *= discount;
    }
    slope *= discount;
    if (value > 0) low = rate;
    else if (value < 0) high = rate;
    else return rate;
    let next = rate - value / slope;
    if (!(next > low && next < high)) next = (low + high) / 2;
    if (Math.abs(next - rate) <= 1e-13 * rate || high - low <= 1e-13 * high) return next;
    rate = next;
  }
  return (low + high) / 2;
}
