import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DisbursalStatus, isFinalDisbursal, PartnerStatus } from '@los/contracts';
import { disbursalStatusOf, verdictOf } from './disbursal-news.js';

describe('disbursal status ordering', () => {
  it('maps only payout news to a disbursal status', () => {
    assert.equal(disbursalStatusOf(PartnerStatus.DisbursalInitiated), DisbursalStatus.Processing);
    assert.equal(disbursalStatusOf(PartnerStatus.Disbursed), DisbursalStatus.Disbursed);
    assert.equal(disbursalStatusOf(PartnerStatus.DisbursalFailed), DisbursalStatus.Failed);
    assert.equal(disbursalStatusOf(PartnerStatus.Approved), null);
  });

  it('moves REQUESTED → PROCESSING → DISBURSED | FAILED, and a step may be skipped', () => {
    assert.equal(verdictOf(DisbursalStatus.Requested, PartnerStatus.DisbursalInitiated), 'FORWARD');
    assert.equal(verdictOf(DisbursalStatus.Requested, PartnerStatus.Disbursed), 'FORWARD');
    assert.equal(verdictOf(DisbursalStatus.Processing, PartnerStatus.Disbursed), 'FORWARD');
    assert.equal(verdictOf(DisbursalStatus.Processing, PartnerStatus.DisbursalFailed), 'FORWARD');
  });

  it('never moves backwards, and a final outcome never changes (a failure after DISBURSED is stale news)', () => {
    assert.equal(verdictOf(DisbursalStatus.Processing, PartnerStatus.DisbursalInitiated), 'SAME');
    assert.equal(verdictOf(DisbursalStatus.Disbursed, PartnerStatus.DisbursalInitiated), 'STALE');
    assert.equal(verdictOf(DisbursalStatus.Disbursed, PartnerStatus.DisbursalFailed), 'STALE');
    assert.equal(verdictOf(DisbursalStatus.Failed, PartnerStatus.Disbursed), 'STALE');
    assert.equal(verdictOf(DisbursalStatus.Disbursed, PartnerStatus.Disbursed), 'SAME');
    assert.equal(verdictOf(DisbursalStatus.Processing, PartnerStatus.Approved), 'STALE');
    assert.deepEqual(Object.values(DisbursalStatus).filter(isFinalDisbursal), [DisbursalStatus.Disbursed, DisbursalStatus.Failed]);
  });
});
