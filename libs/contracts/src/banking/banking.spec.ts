import 'reflect-metadata';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { accountLast4, isAccountNumber, maskAccountNumber } from './bank-account-number.js';
import { IsBankAccountNumber, IsIfsc } from './bank-account-validators.js';
import { bankNameOf, isKnownIfsc } from './ifsc.js';

class Body {
  @IsIfsc() ifsc: unknown;
  @IsBankAccountNumber() accountNumber: unknown;
}

const codesOf = (body: object) =>
  validateSync(plainToInstance(Body, body)).flatMap((error) =>
    Object.keys(error.constraints ?? {}).map((name) => `${error.property}:${(error.contexts?.[name] as { code: string }).code}`),
  );

describe('IFSC', () => {
  it('knows real branches offline and names their bank', () => {
    assert.ok(isKnownIfsc('HDFC0000001'));
    assert.ok(isKnownIfsc('SBIN0000001'));
    assert.equal(bankNameOf('HDFC0000001'), 'HDFC Bank');
    assert.equal(bankNameOf('SBIN0000001'), 'State Bank of India');
  });

  it('refuses an unknown bank, a fifth character other than 0, a wrong length, lower case and non-strings', () => {
    for (const value of ['ABCD0123456', 'HDFC1000001', 'HDFC000001', 'HDFC00000011', 'hdfc0000001', 12345678901, null]) {
      assert.equal(isKnownIfsc(value), false, String(value));
    }
  });
});

describe('bank account numbers', () => {
  it('are 9 to 18 digits', () => {
    for (const value of ['123456789', '123456789012345678', '000123456789']) assert.ok(isAccountNumber(value), value);
    for (const value of ['12345678', '1234567890123456789', '1234 5678 9012', '12345678A', 123456789012]) {
      assert.equal(isAccountNumber(value), false, String(value));
    }
  });

  it('show only their last 4 digits', () => {
    assert.equal(accountLast4('50100123456789'), '6789');
    assert.equal(maskAccountNumber('50100123456789'), 'XXXXXXXXXX6789');
    assert.equal(maskAccountNumber('123456789'), 'XXXXX6789');
  });
});

describe('bank account validators', () => {
  it('give each field its stable code', () => {
    assert.deepEqual(codesOf({ ifsc: 'HDFC0000001', accountNumber: '50100123456789' }), []);
    assert.deepEqual(codesOf({ ifsc: 'ABCD0123456', accountNumber: '1234' }), [
      'ifsc:INVALID_IFSC',
      'accountNumber:INVALID_ACCOUNT_NUMBER',
    ]);
  });

  it('never repeat the number in the message', () => {
    const [error] = validateSync(plainToInstance(Body, { ifsc: 'HDFC0000001', accountNumber: '5010012345678X' }));
    assert.ok(!JSON.stringify(error.constraints).includes('5010012345678'));
  });
});
