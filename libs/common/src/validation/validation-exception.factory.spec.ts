import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { IsAadhaar, verhoeffDigitFor } from '@los/contracts';
import { plainToInstance, Type } from 'class-transformer';
import { IsInt, ValidateNested, validateSync } from 'class-validator';
import { validationException } from './validation-exception.factory.js';

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
});
