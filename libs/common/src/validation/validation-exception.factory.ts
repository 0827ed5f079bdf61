import { ErrorCode } from '@los/contracts';
import type { ValidationError } from 'class-validator';
import { AppException } from '../errors/app.exception.js';

/** Failures named in one error body; the rest are counted, so a body with many bad keys gets a small answer. */
export const MAX_REPORTED_FAILURES = 10;

interface Failure {
  message: string;
  code?: string;
}

function flatten(errors: ValidationError[], parent = ''): Failure[] {
  return errors.flatMap((error) => {
    const path = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([name, message]) => ({
      message: parent ? `${parent}.${message}` : message,
      code: (error.contexts?.[name] as { code?: string } | undefined)?.code,
    }));
    return [...own, ...flatten(error.children ?? [], path)];
  });
}

/**
 * Turns class-validator failures into one 400: the code a validator declares in its context
 * (INVALID_AADHAAR, INVALID_PAN, ...) when there is one, else VALIDATION_FAILED; the first messages joined.
 */
export function validationException(errors: ValidationError[]): AppException {
  const failures = flatten(errors);
  const code = (failures.find((failure) => failure.code)?.code as ErrorCode | undefined) ?? ErrorCode.ValidationFailed;
  const named = failures.slice(0, MAX_REPORTED_FAILURES).map((failure) => failure.message);
  const more = failures.length - named.length;
  return new AppException(code, [...named, ...(more > 0 ? [`and ${more} more`] : [])].join('; '), 400);
}
