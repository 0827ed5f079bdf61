import { ErrorCode, type FieldError } from '@los/contracts';
import type { ValidationError } from 'class-validator';
import { AppException } from '../errors/app.exception.js';

/** Failures named in one error body; the rest are counted, so a body with many bad keys gets a small answer. */
export const MAX_REPORTED_FAILURES = 10;

/** Every failing constraint of every field, nested ones named by their dotted path. */
export function fieldErrorsOf(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([name, message]) => ({
      field,
      code: (error.contexts?.[name] as { code?: string } | undefined)?.code ?? ErrorCode.ValidationFailed,
      message: withPath(message, field, error.property),
    }));
    return [...own, ...fieldErrorsOf(error.children ?? [], field)];
  });
}

/**
 * class-validator starts a message with the bare property (`given must be true`); some DTOs already write the
 * path (`consent.given must be true`). Either way the message starts with the path once.
 */
function withPath(message: string, field: string, property: string): string {
  if (message.startsWith(field)) return message;
  if (message.startsWith(`${property} `)) return `${field}${message.slice(property.length)}`;
  return message;
}

/**
 * Turns class-validator failures into one 400 listing every failing field (up to the cap) in `errors`. The
 * top-level code is the first field's own code (INVALID_AADHAAR, INVALID_PAN, ...) when one has one, else
 * VALIDATION_FAILED; the message joins the named failures.
 */
export function validationException(errors: ValidationError[]): AppException {
  const failures = fieldErrorsOf(errors);
  const code =
    (failures.find((failure) => failure.code !== ErrorCode.ValidationFailed)?.code as ErrorCode | undefined) ?? ErrorCode.ValidationFailed;
  const named = failures.slice(0, MAX_REPORTED_FAILURES);
  const more = failures.length - named.length;
  const message = [...named.map((failure) => failure.message), ...(more > 0 ? [`and ${more} more`] : [])].join('; ');
  return new AppException(code, message, 400, named);
}
