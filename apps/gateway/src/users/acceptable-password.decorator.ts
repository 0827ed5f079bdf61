import { ErrorCode } from '@los/contracts';
import { registerDecorator, type ValidationArguments } from 'class-validator';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, passwordWeakness } from './password-policy.js';

/** A new password that `passwordWeakness` accepts, judged with the `email` field of the same body; 400 WEAK_PASSWORD. */
export function AcceptablePassword(): PropertyDecorator {
  return (target, propertyName) => {
    registerDecorator({
      name: 'acceptablePassword',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { context: { code: ErrorCode.WeakPassword } },
      validator: {
        validate: (value: unknown, args: ValidationArguments) =>
          typeof value === 'string' && passwordWeakness(value, emailOf(args.object)) === null,
        defaultMessage: (args: ValidationArguments) =>
          typeof args.value === 'string'
            ? (passwordWeakness(args.value, emailOf(args.object)) ?? 'password is not acceptable')
            : `password must be a string of ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters`,
      },
    });
  };
}

const emailOf = (body: object) => {
  const email = (body as { email?: unknown }).email;
  return typeof email === 'string' ? email : undefined;
};
