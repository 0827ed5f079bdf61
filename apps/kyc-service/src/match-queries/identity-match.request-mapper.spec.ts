import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { identityInputOf } from './identity-match.request-mapper.js';

describe('identityInputOf', () => {
  it('passes a string or an object of address lines to the matcher', () => {
    assert.deepEqual(
      identityInputOf({ name: 'A B', dob: '1990-01-01', address: '1 Main Rd 411001' }, 'applicant').address,
      '1 Main Rd 411001',
    );
    assert.deepEqual(
      identityInputOf({ name: 'A B', dob: '1990-01-01', address: { line1: '1 Main Rd', pincode: '411001' } }, 'applicant').address,
      { line1: '1 Main Rd', pincode: '411001' },
    );
    assert.equal('address' in identityInputOf({ name: 'A B', dob: '1990-01-01' }, 'source'), false);
  });

  it('refuses other shapes, naming the field', () => {
    for (const address of [42, ['x'], { line1: 5 }, { $where: 'x' }, 'x'.repeat(501)]) {
      assert.throws(
        () => identityInputOf({ name: 'A B', dob: '1990-01-01', address }, 'source'),
        (error: Error & { code?: string }) => error.code === 'VALIDATION_FAILED' && error.message.includes('source.address'),
      );
    }
  });
});
