import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomInt, randomUUID } from 'node:crypto';
import { eventually } from '../support/eventually.js';
import { applicationBody, type TestUser } from '../support/gateway-users.js';
import { applicantOf, magicPan, person, registerIdentity, submitKyc, waitForStatus } from '../support/kyc-fixtures.js';
import { TestSuite } from '../support/test-suite.js';

interface Mail {
  subject: string;
  text: string;
  to: { address: string }[];
  headers: Record<string, string>;
}
interface Sms {
  to: string;
  text: string;
  dltEntityId: string;
  dltTemplateId: string;
  senderId: string;
}
interface Delivery {
  templateId: string;
  channel: 'EMAIL' | 'SMS';
  recipient: string;
  status: 'PENDING' | 'SENT' | 'FAILED';
  attempts: number;
  lastError: string | null;
}

const MILESTONES = ['kyc-verified', 'offers-ready'];

/**
 * Borrower notifications: each milestone once by email (into maildev, read through its REST API) and once by SMS
 * (into the sandbox's SMS gateway), with two gateway replicas sending; retries after a fault; a message that never
 * goes out is a FAILED row in the staff's log.
 */
describe('borrower notifications by email and SMS', () => {
  let suite: TestSuite;
  let owner: TestUser;
  let admin: TestUser;

  before(async () => {
    suite = await TestSuite.start(
      'notify',
      [{ service: 'sandbox' }, { service: 'gateway' }, { service: 'gateway' }, { service: 'kyc-service' }, { service: 'offer-service' }],
      { THROTTLE_AUTH_LIMIT: '1000', NOTIFY_SWEEP_INTERVAL_MS: '200', NOTIFY_RETRY_BASE_MS: '300', NOTIFY_MAX_ATTEMPTS: '3' },
    );
    owner = await suite.users.applicant('notify-owner');
    admin = await suite.users.adminUser();
  });
  after(() => suite?.stop());

  const sandbox = () => suite.app('sandbox').http;
  const mailsTo = async (email: string): Promise<Mail[]> => {
    const response = await fetch(`${suite.infra.mailApiUrl}/api/email`);
    const all = (await response.json()) as Mail[];
    return all.filter((mail) => mail.to.some((to) => to.address === email));
  };
  const smsTo = async (mobile: string) => (await sandbox().get(`/sandbox/sms/messages?to=${mobile}`)).body as Sms[];
  const log = async (user: TestUser, id: string) => user.http.get(`/v1/applications/${id}/notifications`);

  /** An application of the owner with its own email and mobile, taken through KYC to its offers. */
  async function journey() {
    const email = `borrower-${randomUUID()}@example.in`;
    const mobile = `9${String(randomInt(0, 1e9)).padStart(9, '0')}`;
    const who = person({ pan: magicPan(760) });
    await registerIdentity(sandbox(), who);
    const created = await owner.http.post('/v1/applications', applicationBody({ applicant: { ...applicantOf(who), email, mobile } }));
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const id = created.body.id as string;
    assert.equal((await submitKyc(owner.http, id, who)).status, 202);
    await waitForStatus(owner, id, (status) => status === 'OFFERS_READY', 'OFFERS_READY');
    return { id, email, mobile, who };
  }

  it("sends each milestone once by email and once by SMS with its DLT fields, retrying the SMS gateway's failure", async () => {
    assert.equal((await sandbox().raw('PUT', '/sandbox/sms/faults', JSON.stringify({ mode: 'error', failNext: 1 }))).status, 200);
    const { id, email, mobile, who } = await journey();
    const deliveries = await eventually(
      async () => (await log(admin, id)).body as Delivery[],
      (rows) => rows.length === 4 && rows.every((row) => row.status === 'SENT'),
      { what: 'four SENT deliveries' },
    );
    assert.deepEqual(
      deliveries.map((row) => `${row.templateId}/${row.channel}`).sort(),
      MILESTONES.flatMap((template) => [`${template}/EMAIL`, `${template}/SMS`]).sort(),
    );
    assert.ok(
      deliveries.some((row) => row.channel === 'SMS' && row.attempts === 2),
      'the SMS that met the fault went out on its second attempt',
    );
    assert.ok(
      deliveries.every((row) => !row.recipient.includes(email) && !row.recipient.includes(mobile)),
      'recipients are masked',
    );
    assert.ok(deliveries.some((row) => row.recipient === `******${mobile.slice(-4)}`));

    const mails = await eventually(
      () => mailsTo(email),
      (list) => list.length >= 2,
    );
    assert.deepEqual(mails.map((mail) => mail.subject).sort(), ['Your KYC is verified', 'Your loan offers are ready']);
    const texts = await smsTo(mobile);
    assert.equal(texts.length, 2);
    for (const sms of texts) {
      assert.deepEqual([sms.senderId, sms.dltEntityId], ['LOSFIN', '1101000000000000001']);
      assert.match(sms.dltTemplateId, /^\d{19}$/);
    }
    assert.equal(new Set(texts.map((sms) => sms.dltTemplateId)).size, 2);
    for (const text of [...mails.map((mail) => mail.text), ...texts.map((sms) => sms.text)]) {
      assert.match(text, /^Dear Asha,/);
      assert.ok(!text.includes(who.pan) && !text.includes(who.aadhaar), 'no PAN or Aadhaar in a message');
    }
  });

  it('shows a message the SMS gateway never takes as FAILED with its reason; the log is for staff only', async () => {
    assert.equal((await sandbox().raw('PUT', '/sandbox/sms/faults', JSON.stringify({ mode: 'error' }))).status, 200);
    try {
      const { id, email } = await journey();
      const deliveries = await eventually(
        async () => (await log(admin, id)).body as Delivery[],
        (rows) => rows.length === 4 && rows.every((row) => row.status !== 'PENDING'),
        { what: 'every delivery settled' },
      );
      for (const row of deliveries.filter((delivery) => delivery.channel === 'SMS')) {
        assert.deepEqual([row.status, row.attempts, row.lastError], ['FAILED', 3, 'SMS gateway HTTP 503 UPSTREAM_UNAVAILABLE']);
      }
      assert.ok(deliveries.filter((row) => row.channel === 'EMAIL').every((row) => row.status === 'SENT'));
      assert.equal((await mailsTo(email)).length, 2);
      const borrower = await log(owner, id);
      assert.deepEqual([borrower.status, borrower.body.code], [403, 'FORBIDDEN']);
    } finally {
      await sandbox().raw('PUT', '/sandbox/sms/faults', JSON.stringify({ mode: 'none' }));
    }
  });

  it('refuses an SMS without valid DLT fields at the sandbox gateway, storing nothing', async () => {
    const mobile = `8${String(randomInt(0, 1e9)).padStart(9, '0')}`;
    const good = { to: mobile, text: 'Hello', dltEntityId: '1101000000000000001', dltTemplateId: '1107160000000000101' };
    const cases: [Record<string, unknown>, Record<string, string>][] = [
      [{ ...good, dltTemplateId: '123' }, { 'x-sender-id': 'LOSFIN' }],
      [{ ...good, dltEntityId: undefined }, { 'x-sender-id': 'LOSFIN' }],
      [good, { 'x-sender-id': 'LOS123' }],
      [good, {}],
    ];
    for (const [body, headers] of cases) {
      const response = await sandbox().post('/sandbox/sms/messages', body, headers);
      assert.equal(response.status, 400, JSON.stringify([body, headers]));
    }
    assert.deepEqual(await smsTo(mobile), []);
    const first = await sandbox().post('/sandbox/sms/messages', { ...good, reference: 'r-1' }, { 'x-sender-id': 'LOSFIN' });
    const again = await sandbox().post('/sandbox/sms/messages', { ...good, reference: 'r-1' }, { 'x-sender-id': 'LOSFIN' });
    assert.deepEqual([first.status, again.status, again.body.messageId], [202, 202, first.body.messageId]);
    assert.equal((await smsTo(mobile)).length, 1);
  });
});
