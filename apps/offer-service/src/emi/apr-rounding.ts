import { estimateMonthlyIrr } from './irr-estimate.js';
import { npvSign } from './npv-sign.js';

// APR% = 1200 × monthly IRR, so the APR in basis points is 120,000 × IRR and the rounding
// boundary (m ± ½) bp is the monthly rate (2m ± 1) / 240,000.
const BASIS_POINTS_PER_MONTHLY_RATE = 120_000;
const BOUNDARY_DENOMINATOR = 240_000;

/**
 * The APR (monthly IRR × 12, in percent) rounded half-up to 2 decimals, as basis points: 1707 is
 * 17.07%. `netDisbursed` (above 0) is received at month 0 and `instalments[k − 1]` (0 or more)
 * paid in month k, all in whole paise and repaying at least the net. A float64 solve proposes m;
 * the exact sign of the NPV at both boundaries of m confirms it: NPV falls strictly as the rate
 * rises, so the IRR lies in [m − ½, m + ½) bp exactly when NPV ≥ 0 at the lower one and < 0 at
 * the upper one.
 */
export function aprInBasisPoints(netDisbursed: number, instalments: ArrayLike<number>): number {
  assertLoanFlows(netDisbursed, instalments);
  let basisPoints = Math.round(estimateMonthlyIrr(netDisbursed, instalments) * BASIS_POINTS_PER_MONTHLY_RATE);
  const signAt = (boundary: number) => npvSign(netDisbursed, instalments, boundary, BOUNDARY_DENOMINATOR);
  for (;;) {
    if (signAt(2 * basisPoints - 1) < 0) basisPoints -= 1;
    else if (signAt(2 * basisPoints + 1) >= 0) basisPoints += 1;
    else return basisPoints;
  }
}

function assertLoanFlows(netDisbursed: number, instalments: ArrayLike<number>): void {
  let paid = 0;
  let wholePaise = Number.isSafeInteger(netDisbursed) && netDisbursed > 0;
  for (let index = 0; index < instalments.length; index++) {
    wholePaise &&= Number.isSafeInteger(instalments[index]) && instalments[index] >= 0;
    paid += instalments[index];
  }
  if (!wholePaise || !(paid >= netDisbursed))
    throw new RangeError('APR needs whole-paise flows, nothing negative, repaying at least the net disbursed');
}
