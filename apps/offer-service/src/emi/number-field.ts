import { Decimal } from './money.js';
import { EmiErrorCode, EmiInputError } from './emi-input.exception.js';

export interface NumberFieldRule {
  readonly min: number;
  readonly max: number;
  readonly decimals: number;
}

/**
 * Accepts only a finite JS number inside the rule, counting decimals as written (its shortest
 * round-trip form); strings, arrays, NaN and Infinity are refused.
 */
export function readNumberField(value: unknown, field: string, code: EmiErrorCode, rule: NumberFieldRule): number {
  if (typeof value === 'number' && Number.isFinite(value) && value >= rule.min && value <= rule.max) {
    if (decimalPlaces(value) <= rule.decimals) return value === 0 ? 0 : value; // no negative zero
  }
  throw new EmiInputError(code, field, describeRule(field, rule));
}

function decimalPlaces(value: number): number {
  if (Number.isInteger(value)) return 0;
  const text = String(value);
  // Exponent notation (below 1e-6) is rare enough to leave to decimal.js.
  return text.includes('e') ? new Decimal(value).decimalPlaces() : text.length - text.indexOf('.') - 1;
}

function describeRule(field: string, { min, max, decimals }: NumberFieldRule): string {
  const precision = decimals === 0 ? 'a whole number' : `a number with at most ${decimals} decimals`;
  return `${field} must be ${precision} from ${min} to ${max}`;
}
