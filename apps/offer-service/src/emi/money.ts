import { Decimal as DecimalJs } from 'decimal.js';

// A private clone, so configuring it never changes decimal.js for other code. 34 significant
// digits (decimal128) hold ten-crore balances to the paisa with ample room for rate arithmetic.
export const Decimal = DecimalJs.clone({ precision: 34, rounding: DecimalJs.ROUND_HALF_UP });
export type Decimal = DecimalJs;

const DecimalRoundingUp = Decimal.clone({ rounding: DecimalJs.ROUND_CEIL });

export const ZERO = new Decimal(0);
export const ONE = new Decimal(1);

export function roundPaisa(amount: Decimal): Decimal {
  return amount.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

export function roundDownToRupee(amount: Decimal): Decimal {
  return amount.toDecimalPlaces(0, Decimal.ROUND_DOWN);
}

export function divideRoundingUp(dividend: Decimal, divisor: number, significantDigits: number): Decimal {
  return new Decimal(DecimalRoundingUp.div(dividend, divisor).toSignificantDigits(significantDigits, DecimalJs.ROUND_CEIL));
}

/** The amount as a JSON number with at most two decimals. */
export function toRupeeNumber(amount: Decimal): number {
  return roundPaisa(amount).toNumber();
}
