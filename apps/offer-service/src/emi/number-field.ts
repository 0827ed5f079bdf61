import { Decimal } from './money.js';
import { EmiErrorCode, EmiInputError } from './emi-input.exception.js';

export interface NumberFieldRule {
  readonly min: number;
  readonly max: number;
  readonly decimals: number;
}

/** Accepts only a finite JS number inside the rule; strings, arrays, NaN and Infinity are refused. */
export function readNumberField(value: unknown, field: string, code: EmiErrorCode, rule: NumberFieldRule): Decimal {
  if (typeof value === 'number' && Number.isFinite(value) && value >= rule.min && value <= rule.max) {
    const decimal = new Decimal(value === 0 ? 0 : value); // no negative zero
    if (decimal.decimalPlaces() <= rule.decimals) return decimal;
  }
  throw new EmiInputError(code, field, describeRule(field, rule));
}

function describeRule(field: string, { min, max, decimals }: NumberFieldRule): string {
  const precision = decimals === 0 ? 'a whole number' : `a number with at most ${decimals} decimals`;
  return `${field} must be ${precision} from ${min} to ${max}`;
}
