import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import Bull from 'bull';
import type { RowDataPacket } from 'mysql2';
import { eventually } from '../support/eventually.js';
import { applicationBody, type TestUser } from '../support/gateway-users.js';
import { applicantOf, type Person, person, registerIdentity, submitKyc, waitForStatus } from '../support/kyc-fixtures.js';
import { TestSuite } from '../support/test-suite.js';

/**
 * offer-service refuses `offer.cmd.submit-to-partner.v1` when the acceptance it names is gone by the time the command
 * arrives: the gateway must show it on the application instead of leaving it OFFER_ACCEPTED with a log line.
 */
describe('a refused submission to the lender', () => {
  let suite: TestSuite;
  let applicant: TestUser;
  let who: Person;
  let applicationId: string;
  let outbox: Bull.Queue;

  before(async () => {
    suite = await TestSuite.start(
      'refused',
      [{ service: 'sandbox' }, { service: 'gateway' }, { service: 'kyc-service' }, { service: 'offer-service' }],
      { THROTTLE_AUTH_LIMIT: '1000', SWEEP_INTERVAL_MS: '500', COMMAND_DEADLINE_MS: '20000' },
    );
    outbox = new Bull('gateway.outbox', suite.redis.url, { prefix: 'los' });
    applicant = await suite.users.applicant('refused');
    who = person({ pan: 'ZZZPZ0751Z' });
    await registerIdentity(suite.app('sandbox').http, who, { variation: { pan: 'upper', aadhaar: 'exact', ckyc: 'initials' } });
    const created = await applicant.http.post(
      '/v1/applications',
      applicationBody({
        applicant: applicantOf(who),
      }),
    );
    assert.equal(created.status, 201, JSON.stringify(created.body));
    applicationId = created.body.id;
    const kyc = await submitKyc(applicant.http, applicationId, who);
    assert.equal(kyc.status, 202, JSON.stringify(kyc.body));
    await waitForStatus(applicant, applicationId, (s) => s === 'OFFERS_READY', 'OFFERS_READY');
  });
  after(async () => {
    await outbox?.close();
    await suite?.stop();
  });

  it('leaves an attention item with the reason on the application, which keeps its status', async () => {
    const offers = (await applicant.http.get(`/v1/applications/${applicationId}/offers`)).body.filter(
      (r: { eligible: boolean }) => r.eligible,
    );
    const chosen = offers[0].offer.offerId as string;
    assert.deepEqual((await applicant.http.get(`/v1/applications/${applicationId}`)).body.attention, []);

    // Hold the gateway's deliveries while the acceptance disappears from offer-service.
    await outbox.pause();
    const accepted = await applicant.http.post(`/v1/applications/${applicationId}/offers/${chosen}/accept`, {});
    assert.equal(accepted.status, 200, JSON.stringify(accepted.body));
    const offerDb = await suite.mysql('offer-service');
    try {
      await offerDb.query('DELETE FROM offer_acceptances WHERE application_id = ?', [applicationId]);
    } finally {
      await offerDb.end();
    }
    await outbox.resume();

    const shown = await eventually(
      () => applicant.http.get(`/v1/applications/${applicationId}`),
      (r) => r.body.attention?.length > 0,
      { what: 'an attention item on the application' },
    );
    assert.equal(shown.body.status, 'OFFER_ACCEPTED');
    assert.equal(shown.body.attention.length, 1);
    assert.equal(shown.body.attention[0].code, 'PARTNER_SUBMISSION_REFUSED');
    assert.equal(shown.body.attention[0].reason, 'CONFLICT: This offer is not the accepted offer of the application');

    const db = await suite.mysql('gateway');
    try {
      const [rows] = await db.query<RowDataPacket[]>(
        "SELECT status, last_error FROM outbox_commands WHERE pattern = 'offer.cmd.submit-to-partner.v1'",
      );
      assert.deepEqual(
        rows.map((row) => [row.status, row.last_error]),
        [['COMPLETED', 'CONFLICT']],
      );
    } finally {
      await db.end();
    }
  });
});
