import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import Bull from 'bull';
import type { RowDataPacket } from 'mysql2';
import { eventually } from '../support/eventually.js';
import { applicationBody, type TestUser } from '../support/gateway-users.js';
import { applicantOf, type Person, person, registerIdentity, submitKyc, waitForStatus } from '../support/kyc-fixtures.js';
import { EVERY_SERVICE, TestSuite } from '../support/test-suite.js';

/**
 * disbursal-service refuses `offer.cmd.submit-to-partner.v1` when the acceptance it names is gone by the time the command
 * arrives (after our credit decision approved it): the gateway must show it on the application instead of leaving it
 * LENDER_REVIEW with a log line.
 */
describe('a refused submission to the lender', () => {
  let suite: TestSuite;
  let applicant: TestUser;
  let who: Person;
  let applicationId: string;
  let events: Bull.Queue;

  before(async () => {
    suite = await TestSuite.start('refused', EVERY_SERVICE, {
      THROTTLE_AUTH_LIMIT: '1000',
      SWEEP_INTERVAL_MS: '500',
      COMMAND_DEADLINE_MS: '20000',
    });
    events = new Bull('gateway.events', suite.redis.url, { prefix: 'los' });
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
    await events?.close();
    await suite?.stop();
  });

  it('leaves an attention item with the reason on the application, which keeps its status', async () => {
    const offers = (await applicant.http.get(`/v1/applications/${applicationId}/offers`)).body.filter(
      (r: { eligible: boolean }) => r.eligible,
    );
    const chosen = offers[0].offer.offerId as string;
    assert.deepEqual((await applicant.http.get(`/v1/applications/${applicationId}`)).body.attention, []);

    // Hold our credit decision on its way back to the gateway while the acceptance disappears from offer-service:
    // the approval then records the submission of an acceptance that is gone.
    await events.pause();
    const accepted = await applicant.http.post(`/v1/applications/${applicationId}/offers/${chosen}/accept`, {});
    assert.equal(accepted.status, 200, JSON.stringify(accepted.body));
    const underwritingDb = await suite.mysql('underwriting-service');
    const offerDb = await suite.mysql('offer-service');
    try {
      await eventually(
        async () =>
          (
            await underwritingDb.query<RowDataPacket[]>('SELECT decision FROM underwriting_decisions WHERE application_id = ?', [
              applicationId,
            ])
          )[0],
        (rows) => rows[0]?.decision === 'APPROVE',
        { what: 'our approval' },
      );
      await offerDb.query('DELETE FROM offer_acceptances WHERE application_id = ?', [applicationId]);
    } finally {
      await offerDb.end();
      await underwritingDb.end();
    }
    await events.resume();

    const shown = await eventually(
      () => applicant.http.get(`/v1/applications/${applicationId}`),
      (r) => r.body.attention?.length > 0,
      { what: 'an attention item on the application' },
    );
    assert.equal(shown.body.status, 'LENDER_REVIEW');
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
