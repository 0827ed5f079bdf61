import { Decimal as DecimalJs } from 'decimal.js';

// A private clone, so configuring it never changes decimal.js for other code. The engine computes
// in integer paise (paise.ts); decimals are how its amounts are read and what the IRR solver uses.
export const Decimal = DecimalJs.clone({ precision: 34, rounding: DecimalJs.ROUND_HALF_UP });
export type Decimal = DecimalJs;

export const ZERO = new Decimal(0);
export const ONE = new Decimal(1);

export function fromPaise(paise: number): Decimal {
  return new Decimal(paise).div(100);
}

/** Basis points (hundredths of a percent) as a percentage: 1707 is 17.07. */
export function fromBasisPoints(basisPoints: number): Decimal {
  return new Decimal(basisPoints).div(100);
}

/** An amount as whole paise; throws for a fraction of a paisa. */
export function paiseOf(amount: Decimal): number {
  return scaledToInteger(amount, 100, 'a whole number of paise');
}

/** A percentage as whole parts per million (14.5 is 145,000); throws beyond 4 decimals. */
export function ppmOf(percent: Decimal): number {
  return scaledToInteger(percent, 10_000, 'a percentage with at most 4 decimals');
}

function scaledToInteger(value: Decimal, scale: number, expected: string): number {
  const scaled = value.mul(scale);
  if (!scaled.isInteger() || scaled.abs().gt(Number.MAX_SAFE_INTEGER)) throw new RangeError(`${value} is not ${expected}`);
  return scaled.toNumber();
}
