import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { RowDataPacket } from 'mysql2';
import { eventually } from '../support/eventually.js';
import { applicationBody, type TestUser } from '../support/gateway-users.js';
import { kycBody, person, registerIdentity, requestAadhaarOtp, waitForStatus } from '../support/kyc-fixtures.js';
import { TestSuite } from '../support/test-suite.js';

const KYC_DWELL_MS = 2_000;
// Long enough that neither sweeper re-drives anything during the test: only an operator does.
const DURABLE_ENV = { SWEEP_INTERVAL_MS: '300', COMMAND_DEADLINE_MS: '600000' };
const STUCK = '/v1/ops/stuck-applications';
const redrivePath = (id: string) => `/v1/ops/applications/${id}/redrive`;

/**
 * A KYC whose receiver dies mid-execution (kyc-service killed while the identity sources hang) and whose
 * execution job Redis then loses: the command is RECEIVED there and nothing will run it before the
 * (long) deadlines. Ops see the application listed, then re-drive it to completion.
 */
describe('stuck applications: listed, counted and re-driven', () => {
  let suite: TestSuite;
  let ops: TestUser;
  let borrower: TestUser;
  let applicationId: string;

  before(async () => {
    suite = await TestSuite.start(
      'stuck',
      [
        { service: 'sandbox' },
        { service: 'gateway', env: { DWELL_LIMITS_MS: JSON.stringify({ statuses: { KYC_IN_PROGRESS: KYC_DWELL_MS } }) } },
        // Waits for the hanging sources instead of giving up on them, so the kill lands mid-execution.
        { service: 'kyc-service', env: { OUTBOUND_TIMEOUT_MS: '110000' } },
      ],
      { THROTTLE_AUTH_LIMIT: '1000', ...DURABLE_ENV },
    );
    ops = await suite.users.withRole('ops');
    borrower = await suite.users.applicant('stuck');
  });
  after(() => suite?.stop());

  const sandbox = () => suite.app('sandbox').http;
  const sourceCalls = async () => {
    const stats = (await sandbox().get('/sandbox/stats')).body;
    return stats.pan + stats.aadhaar + stats.ckyc;
  };
  const listed = async () =>
    ((await ops.http.get(STUCK)).body.items as { applicationId: string }[]).find((i) => i.applicationId === applicationId);
  const gatewayRows = async <T>(sql: string, params: unknown[]) => {
    const db = await suite.mysql('gateway');
    try {
      return (await db.query<RowDataPacket[]>(sql, params))[0] as T[];
    } finally {
      await db.end();
    }
  };
  const gaugeOf = async (status: string) => {
    const text = (await suite.app('gateway').http.get('/metrics')).body as string;
    const line = text.split('\n').find((l) => l.startsWith(`los_stuck_applications{status="${status}"`));
    return line === undefined ? undefined : Number(line.split(' ').pop());
  };

  it('lists a KYC whose receiver died mid-execution and whose job was lost, with its pending command, and counts it', async () => {
    const who = person();
    await registerIdentity(sandbox(), who);
    const created = await borrower.http.post(
      '/v1/applications',
      applicationBody({ applicant: { fullName: who.name, dob: who.dob, pan: who.pan } }),
    );
    assert.equal(created.status, 201, JSON.stringify(created.body));
    applicationId = created.body.id;
    assert.equal(await gaugeOf('KYC_IN_PROGRESS'), 0);

    // The OTP is sent before the sources hang: only the verification itself must be stuck.
    const otp = await requestAadhaarOtp(borrower.http, applicationId, who.aadhaar);
    assert.equal(otp.status, 201, JSON.stringify(otp.body));
    const callsBefore = await sourceCalls();
    // UIDAI redeems an OTP once: the Aadhaar call hangs and then times out unanswered, so the OTP is still open for the re-drive.
    for (const source of ['pan', 'aadhaar', 'ckyc']) {
      const mode = source === 'aadhaar' ? 'timeout' : 'slow';
      const fault = await sandbox().request('PUT', `/sandbox/faults/${source}`, JSON.stringify({ mode, latencyMs: 100_000 }), {
        'content-type': 'application/json',
      });
      assert.equal(fault.status, 200, JSON.stringify(fault.body));
    }
    const submitted = await borrower.http.post(
      `/v1/applications/${applicationId}/kyc`,
      kycBody(who, { otpRequestId: otp.body.otpRequestId }),
    );
    assert.equal(submitted.status, 202, JSON.stringify(submitted.body));
    // The handler is running once a source has been asked; then its worker dies without a word.
    await eventually(sourceCalls, (calls) => calls > callsBefore, { what: 'kyc-service to ask a source' });
    const kyc = suite.app('kyc-service');
    process.kill(kyc.pid, 'SIGKILL');
    await suite.stopApp(kyc);
    suite.redis.shutdownNoSave();
    await new Promise((resolve) => setTimeout(resolve, 300));
    await suite.redis.restart();
    assert.equal((await sandbox().request('DELETE', '/sandbox/faults', undefined, {})).status, 204);

    const item = await eventually(listed, (found) => found !== undefined, { what: 'the application to be listed as stuck' });
    const [command] = await gatewayRows<{ id: string }>('SELECT id FROM outbox_commands WHERE pattern = ?', ['kyc.cmd.verify.v1']);
    assert.deepEqual(
      {
        ...item,
        since: undefined,
        stuckForMs: undefined,
        pendingCommand: { ...(item as any).pendingCommand, dueAt: undefined, createdAt: undefined },
      },
      {
        applicationId,
        status: 'KYC_IN_PROGRESS',
        partnerCode: null,
        since: undefined,
        stuckForMs: undefined,
        dwellLimitMs: KYC_DWELL_MS,
        pendingCommand: {
          commandId: command!.id,
          pattern: 'kyc.cmd.verify.v1',
          status: 'DELIVERED',
          attempts: 0,
          lastError: null,
          dueAt: undefined,
          createdAt: undefined,
        },
      },
    );
    assert.ok((item as any).stuckForMs > KYC_DWELL_MS, JSON.stringify(item));
    assert.equal(await gaugeOf('KYC_IN_PROGRESS'), 1);
    assert.equal(await gaugeOf('UNDERWRITING'), 0);
  });

  it('refuses borrowers both routes', async () => {
    assert.deepEqual([(await borrower.http.get(STUCK)).status, (await borrower.http.post(redrivePath(applicationId))).status], [403, 403]);
    assert.equal((await borrower.http.get(`/v1/applications/${applicationId}`)).body.status, 'KYC_IN_PROGRESS', 'nothing re-driven');
  });

  it('re-drives the command once the receiver is back: executed again, completed, off the list, audited', async () => {
    await suite.startApp('kyc-service', { SANDBOX_URL: suite.app('sandbox').url, ...DURABLE_ENV });
    // Nothing runs the lost job by itself meanwhile.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    assert.equal((await borrower.http.get(`/v1/applications/${applicationId}`)).body.status, 'KYC_IN_PROGRESS');

    const key = { 'idempotency-key': `redrive-${applicationId}` };
    const redriven = await ops.http.post(redrivePath(applicationId), undefined, key);
    assert.equal(redriven.status, 202, JSON.stringify(redriven.body));
    assert.equal(redriven.body.applicationId, applicationId);
    assert.equal(redriven.body.status, 'KYC_IN_PROGRESS');
    assert.equal(redriven.body.pattern, 'kyc.cmd.verify.v1');
    assert.equal(redriven.body.attempt, 1);
    assert.equal(redriven.body.redrivenBy, `user:${ops.id}`);

    await waitForStatus(borrower, applicationId, (s) => s === 'KYC_VERIFIED', 'KYC_VERIFIED after the re-drive');
    await eventually(listed, (found) => found === undefined, { what: 'the application to leave the list' });
    assert.equal(await gaugeOf('KYC_IN_PROGRESS'), 0);

    const kycDb = await suite.mysql('kyc-service');
    try {
      const [inbox] = await kycDb.query<RowDataPacket[]>('SELECT status, attempts FROM inbox_commands WHERE id = ?', [
        redriven.body.commandId,
      ]);
      assert.equal(inbox[0]!.status, 'DONE', 'the receiver executed the repeated command');
    } finally {
      await kycDb.end();
    }
    const outbox = await gatewayRows<{ status: string; attempts: number }>('SELECT status, attempts FROM outbox_commands WHERE id = ?', [
      redriven.body.commandId,
    ]);
    assert.deepEqual({ ...outbox[0] }, { status: 'COMPLETED', attempts: 1 });
    const audits = await gatewayRows<object>(
      'SELECT status, command_id AS commandId, attempt, actor FROM application_redrives WHERE application_id = ?',
      [applicationId],
    );
    assert.deepEqual(
      audits.map((row) => ({ ...row })),
      [{ status: 'KYC_IN_PROGRESS', commandId: redriven.body.commandId, attempt: 1, actor: `user:${ops.id}` }],
    );

    // The same Idempotency-Key answers the first response; a new re-drive finds the KYC done. KYC_VERIFIED recorded the
    // compute-offers command (no offer-service here), which is pending but within its dwell limit: not stuck.
    const replayed = await ops.http.post(redrivePath(applicationId), undefined, key);
    assert.deepEqual([replayed.status, replayed.body], [202, redriven.body]);
    const again = await ops.http.post(redrivePath(applicationId));
    assert.deepEqual([again.status, again.body.code], [409, 'APPLICATION_NOT_STUCK']);
    const open = await gatewayRows<{ pattern: string }>(
      "SELECT pattern FROM outbox_commands WHERE status IN ('PENDING', 'DELIVERED') AND JSON_VALUE(envelope, '$.payload.applicationId') = ?",
      [applicationId],
    );
    assert.deepEqual(
      open.map((row) => row.pattern),
      ['offer.cmd.compute-offers.v1'],
    );
    const unknown = await ops.http.post(redrivePath('6f1c1a1e-0000-4000-8000-000000000000'));
    assert.deepEqual([unknown.status, unknown.body.code], [404, 'NOT_FOUND']);
  });
});
