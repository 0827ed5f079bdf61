import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { RowDataPacket } from 'mysql2';
import { eventually } from '../support/eventually.js';
import { applicationBody, type TestUser } from '../support/gateway-users.js';
import { applicantOf, magicPan, type Person, person, registerIdentity, submitKyc, waitForStatus } from '../support/kyc-fixtures.js';
import { TestSuite } from '../support/test-suite.js';

/** KYC_VERIFIED, or where the automatic offer computation takes it next. */
const PAST_KYC = ['KYC_VERIFIED', 'OFFERS_READY', 'NO_OFFERS'];

const DESK = '/v1/kyc-reviews';
const EXACT_NAMES = { pan: 'exact', aadhaar: 'exact', ckyc: 'exact' };

interface QueueItem {
  applicationId: string;
  kycId: string;
  enteredReviewAt: string;
  reasons: string[];
  waitingOnSource: boolean;
  claimedBy: string | null;
  claimExpiresAt: string | null;
}

/** Staff resolve KYC reviews by hand over HTTP; an outage's review resolves itself once the source is back. */
describe('KYC review desk', () => {
  let suite: TestSuite;
  let borrower: TestUser;
  let underwriter: TestUser;
  let ops: TestUser;

  before(async () => {
    suite = await TestSuite.start(
      'kycdesk',
      [{ service: 'sandbox' }, { service: 'gateway' }, { service: 'kyc-service' }, { service: 'offer-service' }],
      { THROTTLE_AUTH_LIMIT: '1000', SWEEP_INTERVAL_MS: '500', COMMAND_DEADLINE_MS: '20000', KYC_REDRIVE_AFTER_MS: '1500' },
    );
    borrower = await suite.users.applicant('kycdesk');
    underwriter = await suite.users.withRole('underwriter');
    ops = await suite.users.withRole('ops');
  });
  after(() => suite?.stop());

  const sandbox = () => suite.app('sandbox').http;
  const queue = async (user: TestUser): Promise<QueueItem[]> => {
    const response = await user.http.get(DESK);
    assert.equal(response.status, 200, JSON.stringify(response.body));
    return response.body.items;
  };
  const inQueue = async (user: TestUser, id: string) => (await queue(user)).find((item) => item.applicationId === id);
  const claim = (user: TestUser, id: string) => user.http.post(`${DESK}/${id}/claim`, {});
  const resolve = (user: TestUser, id: string, body: Record<string, unknown>) => user.http.post(`${DESK}/${id}/resolve`, body);
  const statusOf = async (id: string) => (await borrower.http.get(`/v1/applications/${id}`)).body.status as string;
  const gatewayRows = async <T>(sql: string, params: unknown[]) => {
    const db = await suite.mysql('gateway');
    try {
      return (await db.query<RowDataPacket[]>(sql, params))[0] as T[];
    } finally {
      await db.end();
    }
  };

  /** An application of the borrower whose KYC is submitted for `who` (a bureau score good enough for offers). */
  async function kycSubmittedFor(who: Person): Promise<string> {
    const created = await borrower.http.post(
      '/v1/applications',
      applicationBody({
        applicant: applicantOf(who),
      }),
    );
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const submitted = await submitKyc(borrower.http, created.body.id, who);
    assert.equal(submitted.status, 202, JSON.stringify(submitted.body));
    return created.body.id;
  }

  /** A KYC that needs a person: every source matches, but the PAN is not linked with the Aadhaar number. */
  async function reviewedApplication(name: string): Promise<{ id: string; who: Person }> {
    const who = person({
      name,
      pan: magicPan(780),
      address: { line1: '7 MG Road', city: 'Bengaluru', state: 'Karnataka', pincode: '560034' },
    });
    await registerIdentity(sandbox(), who, { aadhaarSeeded: false, variation: EXACT_NAMES });
    const id = await kycSubmittedFor(who);
    await waitForStatus(borrower, id, (s) => s === 'KYC_REVIEW', 'KYC_REVIEW');
    return { id, who };
  }

  it('refuses the desk to a borrower', async () => {
    const { id } = await reviewedApplication('Kavita Menon');
    for (const response of [
      await borrower.http.get(DESK),
      await borrower.http.get(`${DESK}/${id}`),
      await claim(borrower, id),
      await resolve(borrower, id, { decision: 'VERIFIED', reasonCode: 'PAN_AADHAAR_LINK_CONFIRMED', note: 'mine' }),
    ]) {
      assert.deepEqual([response.status, response.body.code], [403, 'FORBIDDEN']);
    }
    assert.equal(await statusOf(id), 'KYC_REVIEW');
  });

  it('lets a claimed review be resolved to verified by its claimant only, and offers follow as after an automatic result', async () => {
    const { id, who } = await reviewedApplication('Deepa Krishnan');
    const listed = await inQueue(underwriter, id);
    assert.ok(listed, 'listed in the queue');
    assert.ok(listed.reasons.includes('PAN_AADHAAR_NOT_LINKED'), JSON.stringify(listed.reasons));
    assert.deepEqual([listed.waitingOnSource, listed.claimedBy, listed.claimExpiresAt], [false, null, null]);
    assert.ok(Date.parse(listed.enteredReviewAt) <= Date.now());

    const unclaimed = await resolve(underwriter, id, { decision: 'VERIFIED', reasonCode: 'PAN_AADHAAR_LINK_CONFIRMED', note: 'seen' });
    assert.deepEqual([unclaimed.status, unclaimed.body.code], [409, 'REVIEW_NOT_CLAIMED']);

    const claimed = await claim(underwriter, id);
    assert.equal(claimed.status, 200, JSON.stringify(claimed.body));
    assert.equal(claimed.body.claimedBy, underwriter.id);
    const expiresIn = Date.parse(claimed.body.claimExpiresAt) - Date.now();
    assert.ok(expiresIn > 10 * 60_000 && expiresIn <= 15 * 60_000, `claim for ${expiresIn} ms`);
    const taken = await claim(ops, id);
    assert.deepEqual([taken.status, taken.body.code], [409, 'REVIEW_ALREADY_CLAIMED']);
    assert.equal((await inQueue(ops, id))?.claimedBy, underwriter.id);

    const evidence = await underwriter.http.get(`${DESK}/${id}`);
    assert.equal(evidence.status, 200, JSON.stringify(evidence.body));
    assert.ok(!JSON.stringify(evidence.body).includes(who.aadhaar), 'never the full Aadhaar number');
    assert.equal(evidence.body.declared.aadhaarLast4, who.aadhaar.slice(-4));
    assert.deepEqual([evidence.body.declared.fullName, evidence.body.declared.dob], [who.name, who.dob]);
    assert.equal(evidence.body.declared.address.pincode, who.address.pincode);
    assert.deepEqual(
      evidence.body.sources.map((s: { source: string }) => s.source),
      ['PAN', 'AADHAAR', 'CKYC'],
    );
    const aadhaar = evidence.body.sources.find((s: { source: string }) => s.source === 'AADHAAR');
    assert.equal(aadhaar.status, 'OK');
    assert.equal(aadhaar.record.name, who.name);
    assert.equal(aadhaar.record.dob, who.dob);
    assert.equal(aadhaar.record.gender, who.gender);
    assert.ok(aadhaar.record.address, 'the address UIDAI holds');
    for (const component of ['name', 'dob', 'address', 'gender'])
      assert.equal(typeof aadhaar.match.components[component], 'number', component);
    assert.ok(aadhaar.match.reasons.length > 0 && aadhaar.match.reasons.every((r: { code: string }) => typeof r.code === 'string'));
    assert.equal(evidence.body.claimedBy, underwriter.id);

    const notTheirs = await resolve(ops, id, { decision: 'VERIFIED', reasonCode: 'PAN_AADHAAR_LINK_CONFIRMED', note: 'not mine' });
    assert.deepEqual([notTheirs.status, notTheirs.body.code], [409, 'REVIEW_NOT_CLAIMED']);
    for (const body of [
      { decision: 'VERIFIED', reasonCode: 'PAN_AADHAAR_LINK_CONFIRMED' },
      { decision: 'VERIFIED', reasonCode: 'PAN_AADHAAR_LINK_CONFIRMED', note: '   ' },
      { decision: 'VERIFIED', reasonCode: 'IDENTITY_MISMATCH', note: 'a failing code' },
      { decision: 'MAYBE', reasonCode: 'PAN_AADHAAR_LINK_CONFIRMED', note: 'no such decision' },
    ]) {
      const refused = await resolve(underwriter, id, body);
      assert.deepEqual([refused.status, refused.body.code], [400, 'VALIDATION_FAILED'], JSON.stringify(body));
    }
    assert.equal(await statusOf(id), 'KYC_REVIEW', 'nothing changed by refused resolutions');

    const note = 'PAN-Aadhaar link confirmed on the income-tax portal';
    const resolved = await resolve(underwriter, id, { decision: 'VERIFIED', reasonCode: 'PAN_AADHAAR_LINK_CONFIRMED', note });
    assert.equal(resolved.status, 200, JSON.stringify(resolved.body));
    assert.deepEqual([resolved.body.applicationStatus, resolved.body.resolvedBy], ['KYC_VERIFIED', `user:${underwriter.id}`]);
    // Offers are computed by themselves once verified, so the application may already have moved on.
    assert.ok(PAST_KYC.includes(await statusOf(id)));
    assert.equal((await borrower.http.get(`/v1/applications/${id}/kyc`)).body.status, 'REVIEW', 'kyc-service keeps its own result');
    const again = await resolve(underwriter, id, { decision: 'VERIFIED', reasonCode: 'PAN_AADHAAR_LINK_CONFIRMED', note });
    assert.deepEqual([again.status, again.body.code], [409, 'REVIEW_ALREADY_RESOLVED']);
    assert.equal(await inQueue(ops, id), undefined, 'off the queue');

    const [log] = await gatewayRows<{ actor: string; reason: string }>(
      "SELECT actor, reason FROM application_status_log WHERE application_id = ? AND to_status = 'KYC_VERIFIED'",
      [id],
    );
    assert.deepEqual(log, { actor: `user:${underwriter.id}`, reason: 'kyc review verified: PAN_AADHAAR_LINK_CONFIRMED' });
    const [submission] = await gatewayRows<{ status: string }>('SELECT status FROM kyc_submissions WHERE application_id = ?', [id]);
    assert.equal(submission.status, 'VERIFIED');
    const audit = await gatewayRows<{ action: string; actor: string; detail: string }>(
      'SELECT action, actor, detail FROM kyc_review_audit WHERE application_id = ? ORDER BY id',
      [id],
    );
    assert.deepEqual(
      audit.map((row) => [row.action, row.actor]),
      [
        ['CLAIMED', `user:${underwriter.id}`],
        ['RESOLVED', `user:${underwriter.id}`],
      ],
    );
    assert.equal(audit[1].detail, 'VERIFIED PAN_AADHAAR_LINK_CONFIRMED');
    const [review] = await gatewayRows<{ note: string; reason_code: string }>(
      'SELECT note, reason_code FROM kyc_reviews WHERE application_id = ?',
      [id],
    );
    assert.deepEqual([review.note, review.reason_code], [note, 'PAN_AADHAAR_LINK_CONFIRMED']);

    await waitForStatus(borrower, id, (s) => s === 'OFFERS_READY', 'offers computed after the resolution');
    const offers = await borrower.http.get(`/v1/applications/${id}/offers`);
    assert.equal(offers.status, 200, JSON.stringify(offers.body));
    assert.ok(
      offers.body.some((o: { eligible: boolean }) => o.eligible),
      JSON.stringify(offers.body),
    );
    assert.equal(await statusOf(id), 'OFFERS_READY');
  });

  it('resolves a review to failed, after which no offers are shown', async () => {
    const { id } = await reviewedApplication('Sunil Bhatt');
    assert.equal((await claim(ops, id)).status, 200);
    const resolved = await resolve(ops, id, {
      decision: 'FAILED',
      reasonCode: 'IDENTITY_MISMATCH',
      note: 'Photo on file is of someone else',
    });
    assert.equal(resolved.status, 200, JSON.stringify(resolved.body));
    assert.equal(resolved.body.applicationStatus, 'KYC_FAILED');
    assert.equal(await statusOf(id), 'KYC_FAILED');
    const offers = await borrower.http.get(`/v1/applications/${id}/offers`);
    assert.equal(offers.status, 409);
    assert.equal((await claim(underwriter, id)).body.code, 'REVIEW_ALREADY_RESOLVED');
  });

  it('flags a review that only waits on a source outage, and the re-drive verifies it without a person, closing the claim', async () => {
    const who = person({ name: 'Ritu Saxena' });
    await registerIdentity(sandbox(), who, { variation: EXACT_NAMES });
    const down = await sandbox().request('PUT', '/sandbox/faults/ckyc', JSON.stringify({ mode: 'error' }), {
      'content-type': 'application/json',
    });
    assert.ok(down.status < 300, `fault set: ${down.status}`);
    let id = '';
    try {
      id = await kycSubmittedFor(who);
      await waitForStatus(borrower, id, (s) => s === 'KYC_REVIEW', 'KYC_REVIEW');
      const listed = await inQueue(ops, id);
      assert.ok(listed, 'listed in the queue');
      assert.deepEqual([listed.reasons, listed.waitingOnSource], [['SOURCE_UNAVAILABLE:CKYC'], true]);
      assert.equal((await claim(ops, id)).status, 200);
    } finally {
      assert.equal((await sandbox().request('DELETE', '/sandbox/faults', undefined, {})).status, 204);
    }
    await waitForStatus(borrower, id, (s) => PAST_KYC.includes(s), 'the re-drive to verify it');
    const [log] = await gatewayRows<{ actor: string }>(
      "SELECT actor FROM application_status_log WHERE application_id = ? AND to_status = 'KYC_VERIFIED'",
      [id],
    );
    assert.equal(log.actor, 'service:kyc');
    const resolvedLate = await resolve(ops, id, { decision: 'FAILED', reasonCode: 'IDENTITY_MISMATCH', note: 'too late' });
    assert.deepEqual([resolvedLate.status, resolvedLate.body.code], [409, 'REVIEW_ALREADY_RESOLVED']);
    const audit = await eventually(
      () =>
        gatewayRows<{ action: string; actor: string; detail: string }>(
          'SELECT action, actor, detail FROM kyc_review_audit WHERE application_id = ? ORDER BY id',
          [id],
        ),
      (rows) => rows.length === 2,
      { timeoutMs: 5_000, what: 'the automatic close in the audit' },
    );
    assert.deepEqual(
      audit.map((row) => [row.action, row.actor, row.detail]),
      [
        ['CLAIMED', `user:${ops.id}`, audit[0].detail],
        ['CLOSED_AUTOMATICALLY', 'service:kyc', 'VERIFIED'],
      ],
    );
    assert.ok(PAST_KYC.includes(await statusOf(id)));
  });
});
