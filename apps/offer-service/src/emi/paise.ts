// Integer arithmetic for money in paise and percentages in ppm (14.5% is 145,000 ppm). Every
// operand is a non-negative safe integer, so each result is exact: no binary fraction is ever
// rounded. Products beyond 2^53 take the BigInt route.

/** Rupees with at most 2 decimals (as validated) to integer paise. */
export function toPaise(rupees: number): number {
  return Math.round(rupees * 100);
}

/** A percentage with at most 4 decimals (as validated) to integer parts per million. */
export function toPpm(percent: number): number {
  return Math.round(percent * 10_000);
}

/** a × b / divisor, rounded half-up. */
export function mulDivRoundHalfUp(a: number, b: number, divisor: number): number {
  const product = a * b;
  if (product > Number.MAX_SAFE_INTEGER) return bigMulDivRoundHalfUp(a, b, divisor);
  let quotient = Math.floor(product / divisor);
  let remainder = product - quotient * divisor;
  // The float quotient can land one off next to an integer; the exact remainder says which way.
  if (remainder < 0) {
    quotient -= 1;
    remainder += divisor;
  } else if (remainder >= divisor) {
    quotient += 1;
    remainder -= divisor;
  }
  return 2 * remainder >= divisor ? quotient + 1 : quotient;
}

/** dividend / divisor, rounded half-up. */
export function divRoundHalfUp(dividend: number, divisor: number): number {
  return mulDivRoundHalfUp(dividend, 1, divisor);
}

function bigMulDivRoundHalfUp(a: number, b: number, divisor: number): number {
  const big = BigInt(divisor);
  return Number((2n * BigInt(a) * BigInt(b) + big) / (2n * big));
}
