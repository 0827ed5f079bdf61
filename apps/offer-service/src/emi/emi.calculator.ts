import { Decimal } from './money.js';
import { divRoundHalfUp } from './paise.js';

/**
 * Reducing-balance EMI, P·r·(1+r)^n / ((1+r)^n − 1) with r = annual% / 1200, or P / n at 0%,
 * rounded half-up to the paisa.
 */
export function calculateEmi(principal: Decimal, annualRatePercent: Decimal, tenureMonths: number): Decimal {
  const paise = exactEmiPaise(scaledInteger(principal.mul(100)), scaledInteger(annualRatePercent), tenureMonths);
  return new Decimal(`${paise}e-2`);
}

/** `calculateEmi` for a principal in paise and a rate in ppm, as validated loan terms give them. */
export function emiInPaise(principalPaise: number, annualRatePpm: number, tenureMonths: number): number {
  if (annualRatePpm === 0) return divRoundHalfUp(principalPaise, tenureMonths);
  return Number(exactEmiPaise([BigInt(principalPaise), 1n], [BigInt(annualRatePpm), 10_000n], tenureMonths));
}

type Fraction = readonly [numerator: bigint, denominator: bigint];

// Evaluated as an exact fraction of integers: a truncated (1+r)^n could land an exact
// half-paisa EMI (1,000.20 at 10% for 1 month is 1,008.535) a hair low and round it down.
function exactEmiPaise([paise, paiseScale]: Fraction, [rate, rateScale]: Fraction, tenureMonths: number): bigint {
  const months = BigInt(tenureMonths);
  if (rate === 0n) return roundHalfUp(paise, paiseScale * months);
  // 1 + r = growth / base in lowest terms, so the powers stay as small as they can be.
  const rateDenominator = 1200n * rateScale;
  const common = gcd(rate, rateDenominator);
  const base = rateDenominator / common;
  const growth = base + rate / common;
  const grown = growth ** months;
  const based = base ** months;
  return roundHalfUp(paise * (growth - base) * grown, paiseScale * base * (grown - based));
}

function roundHalfUp(numerator: bigint, denominator: bigint): bigint {
  return (2n * numerator + denominator) / (2n * denominator);
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** A non-negative decimal as integer units over a power of ten: 12.5 is [125n, 10n]. */
function scaledInteger(value: Decimal): Fraction {
  const places = value.decimalPlaces();
  return [BigInt(value.toFixed(places).replace('.', '')), 10n ** BigInt(places)];
}
