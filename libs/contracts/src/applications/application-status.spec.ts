import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ApplicationStatus as S, canTransition, FINAL_STATUSES, forwardPath } from './application-status.js';

describe('application transition map', () => {
  it('follows the lifecycle forward', () => {
    const path = [
      S.LeadCreated,
      S.KycInProgress,
      S.KycVerified,
      S.OffersReady,
      S.OfferAccepted,
      S.Underwriting,
      S.LenderReview,
      S.Approved,
      S.DisbursalRequested,
      S.Disbursed,
    ];
    for (let i = 1; i < path.length; i++) assert.ok(canTransition(path[i - 1], path[i]), `${path[i - 1]} → ${path[i]}`);
  });

  it('refuses skipping steps and going backwards', () => {
    assert.equal(canTransition(S.LeadCreated, S.OffersReady), false);
    assert.equal(canTransition(S.Approved, S.Underwriting), false);
  });

  it('lets only our decision send an application to the lender', () => {
    assert.equal(canTransition(S.Underwriting, S.Approved), false);
    assert.equal(canTransition(S.ManualReview, S.Approved), false);
    assert.equal(canTransition(S.OfferAccepted, S.LenderReview), false);
    for (const to of [S.LenderReview, S.Rejected, S.ManualReview]) assert.ok(canTransition(S.Underwriting, to), to);
    for (const to of [S.LenderReview, S.Rejected, S.Underwriting]) assert.ok(canTransition(S.ManualReview, to), to);
    for (const to of [S.Approved, S.Rejected]) assert.ok(canTransition(S.LenderReview, to), to);
  });

  it('lets ops re-initiate a failed disbursal, and nothing else leaves DISBURSAL_FAILED but cancel and expiry', () => {
    assert.equal(FINAL_STATUSES.has(S.DisbursalFailed), false);
    assert.equal(canTransition(S.DisbursalFailed, S.DisbursalRequested), true);
    assert.equal(canTransition(S.DisbursalFailed, S.Disbursed), false);
    assert.equal(canTransition(S.DisbursalFailed, S.Approved), false);
    assert.equal(canTransition(S.Disbursed, S.DisbursalRequested), false);
  });

  it('lets every non-final status be cancelled or expire, and final ones go nowhere', () => {
    for (const status of Object.values(S)) {
      const final = FINAL_STATUSES.has(status);
      assert.equal(canTransition(status, S.Cancelled), !final, status);
      assert.equal(canTransition(status, S.Expired), !final, status);
    }
  });
});

describe('forwardPath', () => {
  it('walks the statuses in between, shortest first', () => {
    assert.deepEqual(forwardPath(S.LenderReview, S.Approved), [S.Approved]);
    assert.deepEqual(forwardPath(S.LenderReview, S.Disbursed), [S.Approved, S.DisbursalRequested, S.Disbursed]);
    assert.deepEqual(forwardPath(S.LenderReview, S.Rejected), [S.Rejected]);
    assert.deepEqual(forwardPath(S.LenderReview, S.LenderReview), null);
  });

  it('never skips our own credit decision', () => {
    for (const from of [S.OfferAccepted, S.Underwriting, S.ManualReview]) {
      for (const to of [S.LenderReview, S.Approved, S.Rejected, S.Disbursed]) assert.equal(forwardPath(from, to), null, `${from} → ${to}`);
    }
  });

  it('never goes back, through KYC, or out of a final status', () => {
    assert.equal(forwardPath(S.Approved, S.Underwriting), null);
    assert.equal(forwardPath(S.Disbursed, S.DisbursalFailed), null);
    assert.deepEqual(forwardPath(S.DisbursalFailed, S.DisbursalRequested), [S.DisbursalRequested]);
    assert.equal(forwardPath(S.Cancelled, S.Approved), null);
    assert.equal(forwardPath(S.KycVerified, S.KycInProgress), null);
    assert.deepEqual(forwardPath(S.KycVerified, S.OfferAccepted), [S.OffersReady, S.OfferAccepted]);
    assert.equal(forwardPath(S.KycVerified, S.Approved), null);
  });
});
