import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AppException } from '@los/common';
import { identityToVerify } from './kyc-identity.policy.js';

const application = { pan: 'ABCPV1234F', fullName: 'Asha Verma', dob: '1990-04-21' };
const mismatch = (fields: string) => (error: unknown) =>
  error instanceof AppException && error.code === 'KYC_IDENTITY_MISMATCH' && error.message.endsWith(`differs: ${fields}`);

describe('identityToVerify', () => {
  it("answers the application's identity when the declaration is the same person", () => {
    assert.deepEqual(identityToVerify(application, { pan: 'ABCPV1234F' }), application);
    assert.deepEqual(identityToVerify(application, { pan: 'ABCPV1234F', fullName: '  asha   VERMA ', dob: '1990-04-21' }), application);
  });

  it('refuses another PAN, name or date of birth, naming the fields and never the values', () => {
    assert.throws(() => identityToVerify(application, { pan: 'XYZPQ9876K' }), mismatch('pan'));
    assert.throws(() => identityToVerify(application, { pan: 'ABCPV1234F', fullName: 'Asha Varma' }), mismatch('fullName'));
    assert.throws(
      () => identityToVerify(application, { pan: 'XYZPQ9876K', fullName: 'Ravi Rao', dob: '1990-04-12' }),
      mismatch('pan, fullName, dob'),
    );
    assert.throws(
      () => identityToVerify(application, { pan: 'XYZPQ9876K' }),
      (error: Error) => !error.message.includes('XYZPQ9876K') && !error.message.includes('ABCPV1234F'),
    );
  });
});
