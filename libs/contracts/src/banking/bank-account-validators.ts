import { registerDecorator, type ValidationOptions } from 'class-validator';
import { isAccountNumber } from './bank-account-number.js';
import { isKnownIfsc } from './ifsc.js';

/** An IFSC of a real branch (offline list); refused with INVALID_IFSC. */
export function IsIfsc(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isIfsc',
      target: target.constructor,
      propertyName,
      options: { ...options, context: { code: 'INVALID_IFSC' } },
      validator: {
        validate: (value: unknown) => isKnownIfsc(value),
        defaultMessage: () => `${propertyName} must be the IFSC of a known bank branch (4 letters, 0, 6 letters or digits)`,
      },
    });
}

/** 9 to 18 digits; refused with INVALID_ACCOUNT_NUMBER, and the message never repeats the value. */
export function IsBankAccountNumber(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isBankAccountNumber',
      target: target.constructor,
      propertyName,
      options: { ...options, context: { code: 'INVALID_ACCOUNT_NUMBER' } },
      validator: {
        validate: (value: unknown) => isAccountNumber(value),
        defaultMessage: () => `${propertyName} must be 9 to 18 digits`,
      },
    });
}
