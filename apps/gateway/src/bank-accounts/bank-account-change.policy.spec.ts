import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ApplicationStatus } from '@los/contracts';
import { assertBankAccountMayChange } from './bank-account-change.policy.js';

const S = ApplicationStatus;
const refused = (status: ApplicationStatus) =>
  assert.throws(() => assertBankAccountMayChange(status), { code: 'BANK_ACCOUNT_CHANGE_NOT_ALLOWED' }, status);

describe('assertBankAccountMayChange', () => {
  it('allows a change from KYC_VERIFIED until disbursal is requested, and after a failed one (before ops re-initiate it)', () => {
    for (const status of [S.KycVerified, S.OffersReady, S.OfferAccepted, S.Underwriting, S.ManualReview, S.Approved, S.DisbursalFailed]) {
      assert.doesNotThrow(() => assertBankAccountMayChange(status), status);
    }
  });

  it('refuses before KYC is verified, once disbursal is requested, and in final statuses', () => {
    for (const status of [S.LeadCreated, S.KycInProgress, S.KycReview, S.KycFailed]) refused(status);
    for (const status of [S.DisbursalRequested, S.Disbursed, S.Rejected, S.Cancelled, S.Expired, S.NoOffers]) refused(status);
  });
});
