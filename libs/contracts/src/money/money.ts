import { registerDecorator, type ValidationOptions } from 'class-validator';

/**
 * Money on the wire: rupees as a decimal string with exactly two decimals ("349103.88"), never a binary float,
 * and `currency` on the object (or resource) that holds the amounts. Inputs also take a JSON number with at most
 * two decimals (deprecated, accepted for one API version).
 */
export const CURRENCY = 'INR' as const;
export type Currency = typeof CURRENCY;

const DECIMAL = /^(-?)(\d{1,13})(?:\.(\d{1,2}))?$/;

/** Integer paise of a decimal string or a JSON number with at most 2 decimals; undefined when it is neither. */
export function tryPaiseOf(value: unknown): number | undefined {
  // A JSON number's shortest round-trip form is the digits the client wrote (349103.88 prints as "349103.88").
  const text = typeof value === 'string' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined;
  const match = text === undefined ? null : DECIMAL.exec(text);
  if (!match) return undefined;
  const [, sign, whole, fraction = ''] = match;
  const paise = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return sign === '-' && paise !== 0 ? -paise : paise;
}

/** Integer paise of an amount; throws a RangeError naming no value for anything else. */
export function paiseOf(value: unknown): number {
  const paise = tryPaiseOf(value);
  if (paise === undefined) throw new RangeError('not an amount in rupees with at most 2 decimals');
  return paise;
}

/** Integer paise as rupees with two decimals: 34910388 → "349103.88". */
export function formatPaise(paise: number): string {
  if (!Number.isSafeInteger(paise)) throw new RangeError('paise must be a safe integer');
  const digits = String(Math.abs(paise)).padStart(3, '0');
  return `${paise < 0 ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** Any accepted amount (a DECIMAL column's string, a decimal string, a legacy JSON number) in wire form. */
export function formatMoney(value: unknown): string {
  return formatPaise(paiseOf(value));
}

/** `formatMoney` keeping null (an amount not set yet). */
export function formatMoneyOrNull(value: unknown): string | null {
  return value === null || value === undefined ? null : formatMoney(value);
}

/**
 * A request amount in rupees from `min` to `max`: a decimal string with at most 2 decimals ("250000.50"), or a JSON
 * number with at most 2 decimals (deprecated).
 */
export function IsMoney(min: number, max: number, options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isMoney',
      target: target.constructor,
      propertyName,
      options,
      constraints: [min, max],
      validator: {
        validate: (value: unknown) => {
          const paise = tryPaiseOf(value);
          return paise !== undefined && paise >= min * 100 && paise <= max * 100;
        },
        defaultMessage: () => `${propertyName} must be rupees as a decimal string with at most 2 decimals, from ${min} to ${max}`,
      },
    });
}
