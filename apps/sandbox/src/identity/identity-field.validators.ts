import { parseCalendarDate } from '@los/contracts';
import { Transform } from 'class-transformer';
import { Matches, registerDecorator } from 'class-validator';

/** A PAN (AAAAA9999A); lower case and spaces around it are forgiven, as NSDL forgives them. */
export function IsPan() {
  return (target: object, propertyName: string) => {
    Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))(target, propertyName);
    Matches(/^[A-Z]{5}\d{4}[A-Z]$/, { message: '$property must be a PAN such as ABCPE1234F' })(target, propertyName);
  };
}

/** Twelve digits not starting with 0 or 1; the check digit is the caller's business, as in UIDAI's sandbox. */
export const IsAadhaar = () => Matches(/^[2-9]\d{11}$/, { message: '$property must be 12 digits, not starting with 0 or 1' });

export const IsCkycNumber = () => Matches(/^\d{14}$/, { message: '$property must be 14 digits' });

export function IsCalendarDate() {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName,
      validator: {
        validate: (value: unknown) => parseCalendarDate(value) !== null,
        defaultMessage: () => `${propertyName} must be a real YYYY-MM-DD date`,
      },
    });
}
