import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { IsAadhaar, verhoeffDigitFor } from '@los/contracts';
import { plainToInstance, Type } from 'class-transformer';
import { Equals, IsDefined, IsInt, ValidateNested, validateSync, type ValidationError } from 'class-validator';
import { MAX_REPORTED_FAILURES, validationException } from './validation-exception.factory.js';

class Inner {
  @IsInt() count: number;
}
class Outer {
  @IsAadhaar() aadhaar: string;
  @ValidateNested() @Type(() => Inner) inner: Inner;
}

class Consent {
  @Equals(true, { message: 'consent.given must be true' }) given: true;
}
class WithConsent {
  @IsAadhaar() aadhaar: string;
  @IsDefined({ message: 'consent is required' }) @ValidateNested() @Type(() => Consent) consent: Consent;
}

const errorsFor = (plain: object) => validateSync(plainToInstance(Outer, plain));
const consentErrorsFor = (plain: object) => validateSync(plainToInstance(WithConsent, plain));

describe('validationException', () => {
  it('uses the code a validator declares and names nested fields by path', () => {
    const error = validationException(errorsFor({ aadhaar: '123', inner: { count: 'x' } }));
    assert.equal(error.code, 'INVALID_AADHAAR');
    assert.equal(error.statusCode, 400);
    assert.match(error.message, /inner\.count must be an integer/);
  });

  it('lists every failing field with its own code beside the top-level code', () => {
    const error = validationException(consentErrorsFor({ aadhaar: '123' }));
    assert.equal(error.code, 'INVALID_AADHAAR');
    assert.deepEqual(error.errors, [
      { field: 'aadhaar', code: 'INVALID_AADHAAR', message: 'aadhaar must be a valid 12-digit Aadhaar number' },
      { field: 'consent', code: 'VALIDATION_FAILED', message: 'consent is required' },
    ]);
  });

  it('names a nested field by its path once, whether or not its message already does', () => {
    const valid = `23456789012${verhoeffDigitFor('23456789012')}`;
    const consent = validationException(consentErrorsFor({ aadhaar: valid, consent: { given: false } }));
    assert.deepEqual(consent.errors, [{ field: 'consent.given', code: 'VALIDATION_FAILED', message: 'consent.given must be true' }]);
    assert.equal(consent.message, 'consent.given must be true');
    const inner = validationException(errorsFor({ aadhaar: valid, inner: { count: 'x' } }));
    assert.deepEqual(
      inner.errors?.map((failure) => [failure.field, failure.message]),
      [['inner.count', 'inner.count must be an integer number']],
    );
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
    assert.equal(validationException(errors as ValidationError[]).errors?.length, MAX_REPORTED_FAILURES);
  });
});
