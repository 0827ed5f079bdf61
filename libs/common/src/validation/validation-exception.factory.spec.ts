import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { IsAadhaar, verhoeffDigitFor } from '@los/contracts';
import { plainToInstance, Type } from 'class-transformer';
import { IsInt, ValidateNested, validateSync, type ValidationError } from 'class-validator';
import { MAX_REPORTED_FAILURES, validationException } from './validation-exception.factory.js';

class Inner {
  @IsInt() count: number;
}
class Outer {
  @IsAadhaar() aadhaar: string;
  @ValidateNested() @Type(() => Inner) inner: Inner;
}

const errorsFor = (plain: object) => validateSync(plainToInstance(Outer, plain));

describe('validationException', () => {
  it('uses the code a validator declares and names nested fields by path', () => {
    const error = validationException(errorsFor({ aadhaar: '123', inner: { count: 'x' } }));
    assert.equal(error.code, 'INVALID_AADHAAR');
    assert.equal(error.statusCode, 400);
    assert.match(error.message, /inner\.count must be an integer/);
  });

  it('falls back to VALIDATION_FAILED', () => {
    assert.equal(
      validationException(errorsFor({ aadhaar: `23456789012${verhoeffDigitFor('23456789012')}`, inner: { count: 'x' } })).code,
      'VALIDATION_FAILED',
    );
  });

  it('names at most the first failures and counts the others', () => {
    const errors = Array.from({ length: 25 }, (_, i) => ({
      property: `k${i}`,
      constraints: { whitelist: `property k${i} should not exist` },
    }));
    const message = validationException(errors as ValidationError[]).message;
    assert.match(message, /^property k0 should not exist; /);
    assert.match(message, new RegExp(`property k${MAX_REPORTED_FAILURES - 1} should not exist; and 15 more$`));
    assert.doesNotMatch(message, new RegExp(`k${MAX_REPORTED_FAILURES} `));
  });
});
