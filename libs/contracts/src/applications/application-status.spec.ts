import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ApplicationStatus as S, canTransition, FINAL_STATUSES } from './application-status.js';

describe('application transition map', () => {
  it('follows the lifecycle forward', () => {
    const path = [S.LeadCreated, S.KycInProgress, S.KycVerified, S.OffersReady, S.OfferAccepted, S.Underwriting,
      S.Approved, S.DisbursalRequested, S.Disbursed];
    for (let i = 1; i < path.length; i++) assert.ok(canTransition(path[i - 1], path[i]), `${path[i - 1]} → ${path[i]}`);
  });

  it('refuses skipping steps and going backwards', () => {
    assert.equal(canTransition(S.LeadCreated, S.OffersReady), false);
    assert.equal(canTransition(S.Approved, S.Underwriting), false);
  });

  it('lets every non-final status be cancelled or expire, and final ones go nowhere', () => {
    for (const status of Object.values(S)) {
      const final = FINAL_STATUSES.has(status);
      assert.equal(canTransition(status, S.Cancelled), !final, status);
      assert.equal(canTransition(status, S.Expired), !final, status);
    }
  });
});
