import { ErrorCode } from '@los/contracts';
import type { ValidationError } from 'class-validator';
import { AppException } from '../errors/app.exception.js';

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
 * (INVALID_AADHAAR, INVALID_PAN, ...) when there is one, else VALIDATION_FAILED; every message joined.
 */
export function validationException(errors: ValidationError[]): AppException {
  const failures = flatten(errors);
  const code = (failures.find((failure) => failure.code)?.code as ErrorCode | undefined) ?? ErrorCode.ValidationFailed;
  return new AppException(code, failures.map((failure) => failure.message).join('; '), 400);
}
