import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { KycCheck, SourceState } from '../kyc-check.schema.js';
import { kycReviewEvidenceOf, kycReviewSummaryOf } from './kyc-review-evidence.mapper.js';

const AADHAAR = '234567890124';

const aadhaarState: SourceState = {
  source: 'AADHAAR',
  status: 'OK',
  attempts: [{ source: 'AADHAAR', step: 'ekyc', key: 'AADHAAR', outcome: 'OK', httpStatus: 200, latencyMs: 5, at: 't', round: 0 }],
  lastError: null,
  record: {
    name: 'ASHA RAO',
    dob: '1990-01-02',
    gender: 'F',
    address: { line1: '1 Main Rd', city: 'Pune', state: 'MH', pincode: '411001' },
  },
  facts: {},
  raw: { aadhaar: AADHAAR, name: 'ASHA RAO' },
  match: {
    decision: 'REVIEW',
    score: 72,
    components: { name: 70, dob: 100, address: 90, gender: 100 },
    reasons: [{ code: 'NAME_CASE', detail: 'case differs' }],
  },
  checkedAt: '2026-01-02T00:00:03.000Z',
};

function check(over: Partial<KycCheck> = {}): KycCheck {
  return {
    kycId: 'k1',
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
    vaultToken: 'avt_secret_token',
    aadhaarLast4: '0124',
    otpRequestId: null,
    status: 'REVIEW',
    score: 70,
    reasons: ['NAME_REVIEW:AADHAAR', 'SOURCE_UNAVAILABLE:CKYC'],
    components: null,
    sources: {
      AADHAAR: aadhaarState,
      CKYC: { ...aadhaarState, source: 'CKYC', status: 'UNAVAILABLE', lastError: 'UPSTREAM_ERROR', record: null },
    },
    ckycNumber: null,
    revision: 1,
    publishPending: false,
    redriveDueAt: new Date('2026-01-02T00:01:00.000Z'),
    redriveCount: 0,
    startedAt: new Date('2026-01-02T00:00:00.000Z'),
    completedAt: new Date('2026-01-02T00:00:05.000Z'),
    ...over,
  };
}

describe('KYC review evidence', () => {
  it('sets the declared identity beside each source’s record and match', () => {
    const evidence = kycReviewEvidenceOf(check());
    assert.deepEqual(evidence.declared, {
      fullName: 'Asha Rao',
      dob: '1990-01-02',
      gender: 'F',
      address: { line1: '1 Main Rd', city: 'Pune', state: 'MH', pincode: '411001' },
      pan: 'AB******4K',
      aadhaarLast4: '0124',
      ckycNumber: null,
    });
    assert.deepEqual(
      evidence.sources.map((s) => [s.source, s.status]),
      [
        ['PAN', 'PENDING'],
        ['AADHAAR', 'OK'],
        ['CKYC', 'UNAVAILABLE'],
      ],
    );
    const aadhaar = evidence.sources[1];
    assert.deepEqual(aadhaar.record, { name: 'ASHA RAO', dob: '1990-01-02', gender: 'F', address: aadhaarState.record!.address });
    assert.deepEqual(aadhaar.match, aadhaarState.match);
    assert.deepEqual(
      [evidence.sources[2].record, evidence.sources[2].match, evidence.sources[2].lastError],
      [null, null, 'UPSTREAM_ERROR'],
    );
    assert.deepEqual(
      [evidence.reasons, evidence.redriveDueAt],
      [['NAME_REVIEW:AADHAAR', 'SOURCE_UNAVAILABLE:CKYC'], '2026-01-02T00:01:00.000Z'],
    );
  });

  it('never lets out the Aadhaar number, the vault token, raw answers or the full PAN', () => {
    const text = JSON.stringify(kycReviewEvidenceOf(check()));
    for (const secret of [AADHAAR, 'avt_secret_token', 'ABCPR1234K', '"raw"', '"attempts"']) assert.ok(!text.includes(secret), secret);
  });

  it('summarises a check for the queue, with no re-drive when none is scheduled', () => {
    assert.deepEqual(kycReviewSummaryOf(check({ redriveDueAt: null })), {
      applicationId: 'a1',
      kycId: 'k1',
      status: 'REVIEW',
      reasons: ['NAME_REVIEW:AADHAAR', 'SOURCE_UNAVAILABLE:CKYC'],
      redriveDueAt: null,
    });
  });
});
