import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { maskPan } from '@los/contracts';
import { redactRaw } from './source-redaction.js';

describe('source redaction', () => {
  it('masks a PAN to its first and last two characters', () => {
    assert.equal(maskPan('ABCPE1234F'), 'AB******4F');
  });

  it('drops secrets and masks identity numbers at any depth', () => {
    const raw = {
      pan: 'ABCPE1234F',
      txnId: 'secret',
      otp: '123456',
      aadhaar: '234567890124',
      nested: [{ note: 'uid 2345 6789 0124 and pan ABCPE1234F' }],
      dobMatch: true,
    };
    assert.deepEqual(redactRaw(raw), {
      pan: 'AB******4F',
      nested: [{ note: 'uid XXXXXXXX0124 and pan AB******4F' }],
      dobMatch: true,
    });
  });
});
