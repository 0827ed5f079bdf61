import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { redactPartnerPayload } from './partner-payload.redactor.js';

describe('redactPartnerPayload', () => {
  it('drops Aadhaar and secrets, masks PAN and phone, keeps the rest', () => {
    const sut = redactPartnerPayload({
      applicant: {
        fullName: 'Priya Raman',
        pan: 'ABCPR1234K',
        mobile: '9876543210',
        aadhaarNumber: '123412341234',
        monthlyIncome: '85000.00',
      },
      headers: { 'x-api-key': 'k', authorization: 'Bearer t', 'x-signature': 's' },
      ids: ['ZZZPZ0750Z'],
      note: '1234 1234 1234',
    });
    assert.deepEqual(sut, {
      applicant: { fullName: 'Priya Raman', pan: 'XXXXXX234K', mobile: 'XXXXXX3210', monthlyIncome: '85000.00' },
      headers: {},
      ids: ['XXXXXX750Z'],
      note: '[REDACTED]',
    });
  });
});
