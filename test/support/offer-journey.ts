import assert from 'node:assert/strict';
import type { HttpClient } from './http-client.js';
import type { TestUser } from './gateway-users.js';
import { verifiedApplication } from './kyc-fixtures.js';

/** The named partner's offer on an application whose offers are computed; the test fails when it is not eligible. */
export async function eligibleOffer(owner: TestUser, applicationId: string, partnerCode: string) {
  const offers = await owner.http.get(`/v1/applications/${applicationId}/offers`);
  assert.equal(offers.status, 200, JSON.stringify(offers.body));
  const offer = offers.body.find((row: any) => row.partnerCode === partnerCode);
  assert.ok(offer?.eligible, JSON.stringify(offers.body));
  return { offerId: offer.offer.offerId as string, amount: offer.offer.amount as string };
}

/** The borrower accepts the offer: 200, or the test fails. */
export async function acceptOffer(owner: TestUser, applicationId: string, offerId: string): Promise<void> {
  const accepted = await owner.http.post(`/v1/applications/${applicationId}/offers/${offerId}/accept`, {});
  assert.equal(accepted.status, 200, JSON.stringify(accepted.body));
}

/**
 * The one way to an accepted offer: an application through KYC (bureau score `score`) with `partnerCode`'s offer
 * accepted. Answered at acceptance; what follows (our decision, the lender's) is the caller's to wait for.
 */
export async function acceptedApplication(sandbox: HttpClient, owner: TestUser, partnerCode: string, score = 750): Promise<string> {
  const id = await verifiedApplication(sandbox, owner, score);
  const { offerId } = await eligibleOffer(owner, id, partnerCode);
  await acceptOffer(owner, id, offerId);
  return id;
}
