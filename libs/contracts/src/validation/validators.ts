import { registerDecorator, type ValidationOptions } from 'class-validator';
import { ageOn, parseCalendarDate } from './calendar-date.js';
import { isValidAadhaar } from './verhoeff.js';

/** A real YYYY-MM-DD date of birth whose holder is between `min` and `max` years old today. */
export function IsDateOfBirth(min: number, max: number, options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isDateOfBirth',
      target: target.constructor,
      propertyName,
      options,
      constraints: [min, max],
      validator: {
        validate: (value: unknown) => {
          const dob = parseCalendarDate(value);
          if (!dob) return false;
          const age = ageOn(dob);
          return age >= min && age <= max;
        },
        defaultMessage: () => `${propertyName} must be a real YYYY-MM-DD date for an age between ${min} and ${max}`,
      },
    });
}

/** A plain JSON object of bounded size whose keys cannot address or inject into a document store. */
export function IsSafeDocument(maxBytes: number, options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isSafeDocument',
      target: target.constructor,
      propertyName,
      options,
      validator: {
        validate: (value: unknown) =>
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          Buffer.byteLength(JSON.stringify(value)) <= maxBytes &&
          keysAreSafe(value, 0),
        defaultMessage: () =>
          `${propertyName} must be an object of at most ${maxBytes} bytes, at most 5 levels deep, without keys containing "$" or "."`,
      },
    });
}

function keysAreSafe(value: unknown, depth: number): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (depth > 5) return false;
  const entries = Array.isArray(value) ? value.map((item) => ['', item] as const) : Object.entries(value);
  return entries.every(([key, item]) => !key.includes('$') && !key.includes('.') && keysAreSafe(item, depth + 1));
}

/** An Aadhaar number (12 digits, no leading 0/1, Verhoeff check digit); refused with INVALID_AADHAAR. */
export function IsAadhaar(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isAadhaar',
      target: target.constructor,
      propertyName,
      options: { ...options, context: { code: 'INVALID_AADHAAR' } },
      validator: {
        validate: (value: unknown) => isValidAadhaar(value),
        defaultMessage: () => `${propertyName} must be a valid 12-digit Aadhaar number`,
      },
    });
}

/**
 * An individual's PAN: the fourth character is the holder type and only P (person) is a borrower here; a
 * company's (C), firm's (F), HUF's (H), trust's (T) or any other holder's PAN, or a malformed one, is refused
 * with INVALID_PAN.
 */
export function IsIndividualPan(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isIndividualPan',
      target: target.constructor,
      propertyName,
      options: { ...options, context: { code: 'INVALID_PAN' } },
      validator: {
        validate: (value: unknown) => typeof value === 'string' && /^[A-Z]{3}P[A-Z]\d{4}[A-Z]$/.test(value),
        defaultMessage: () => `${propertyName} must be an individual's PAN (AAAPA9999A, fourth letter P)`,
      },
    });
}
