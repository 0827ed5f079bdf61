/**
 * The sign (−1, 0 or 1) of the NPV of `netDisbursed` received at month 0 and `instalments[k − 1]`
 * paid in month k (integers, all non-negative) at the monthly rate `numerator / denominator`
 * (integers, denominator > 0, numerator > −denominator): −net + Σ c_k · (d / (d + n))^k.
 */
export function npvSign(netDisbursed: number, instalments: ArrayLike<number>, numerator: number, denominator: number): number {
  const months = instalments.length;
  const discount = denominator / (denominator + numerator);
  let present = 0;
  for (let index = months - 1; index >= 0; index--) present = (present + instalments[index]) * discount;
  const value = present - netDisbursed;
  // Horner with a perturbed discount is off by at most γ(3n+1) × (present + net) (Higham, ch. 5);
  // 4(n + 1)ε covers that and the rounding of the bound itself. Underflow adds under 1e-300.
  const bound = 4 * (months + 1) * Number.EPSILON * (present + netDisbursed) + 1e-300;
  if (value > bound) return 1;
  if (value < -bound) return -1;
  return exactNpvSign(netDisbursed, instalments, numerator, denominator);
}

/** The same sign in BigInt: −net·a^n + Σ c_k · b^k · a^(n−k) with b / a the discount in lowest terms. */
export function exactNpvSign(netDisbursed: number, instalments: ArrayLike<number>, numerator: number, denominator: number): number {
  const common = gcd(Math.abs(numerator), denominator);
  const a = BigInt((denominator + numerator) / common);
  const b = BigInt(denominator / common);
  let sum = -BigInt(netDisbursed);
  let bPower = 1n;
  for (let index = 0; index < instalments.length; index++) {
    bPower *= b;
    sum = sum * a + BigInt(instalments[index]) * bPower;
  }
  return sum > 0n ? 1 : sum < 0n ? -1 : 0;
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}
