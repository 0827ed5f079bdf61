import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { KycCheck } from '../kyc-check.schema.js';
import { kycStatusOf } from './kyc-status.mapper.js';

function check(over: Partial<KycCheck>): KycCheck {
  return {
    kycId: 'k2',
    applicationId: 'a1',
    commandId: 'c',
    correlationId: 'r',
    sender: 'gateway',
    partnerCode: null,
    applicant: {
      fullName: 'Asha Rao',
      dob: '1990-01-02',
      gender: 'F',
      pan: 'ABCPR1234K',
      ckycNumber: null,
      address: { line1: '1 Main Rd', city: 'Pune', state: 'MH', pincode: '411001' },
    },
    vaultToken: 'avt_x',
    aadhaarLast4: '0124',
    otpRequestId: null,
    status: 'IN_PROGRESS',
    score: null,
    reasons: [],
    components: null,
    sources: {},
    ckycNumber: null,
    revision: 0,
    publishPending: false,
    redriveDueAt: null,
    redriveCount: 0,
    startedAt: new Date('2026-01-02T00:00:00Z'),
    completedAt: null,
    ...over,
  };
}

describe('kycStatusOf', () => {
  it('shows the latest check with its sources pending, and every check of the application as history', () => {
    const older = check({
      kycId: 'k1',
      status: 'REVIEW',
      score: 70,
      startedAt: new Date('2026-01-01T00:00:00Z'),
      completedAt: new Date('2026-01-01T00:00:05Z'),
    });
    const reply = kycStatusOf([check({}), older]);
    assert.equal(reply.kycId, 'k2');
    assert.equal(reply.status, 'IN_PROGRESS');
    assert.deepEqual(
      reply.sources.map((s) => [s.source, s.status, s.attempts]),
      [
        ['PAN', 'PENDING', 0],
        ['AADHAAR', 'PENDING', 0],
        ['CKYC', 'PENDING', 0],
      ],
    );
    assert.deepEqual(reply.components, { name: { pan: null, aadhaar: null, ckyc: null }, dob: null, address: null, gender: null });
    assert.equal(reply.attempt, 2);
    assert.deepEqual(
      reply.history.map((h) => [h.kycId, h.status, h.completedAt]),
      [
        ['k2', 'IN_PROGRESS', null],
        ['k1', 'REVIEW', '2026-01-01T00:00:05.000Z'],
      ],
    );
    assert.equal(reply.pan, 'ABCPR1234K');
    assert.equal(reply.aadhaarLast4, '0124');
    assert.doesNotMatch(JSON.stringify(reply), /avt_x|Asha|1990-01-02/);
  });
});
