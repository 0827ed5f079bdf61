import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomInt } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RowDataPacket } from 'mysql2';
import { applicationBody, type TestUser } from '../support/gateway-users.js';
import { eventually } from '../support/eventually.js';
import { verifiedApplication } from '../support/kyc-fixtures.js';
import { TestSuite } from '../support/test-suite.js';
import { TEST_STATE_DIR } from '../support/test-infra.js';

const IFSC = 'HDFC0000001';
/** The KYC-verified name of every application here (kyc-fixtures' person). */
const KYC_NAME = 'Asha Verma';
const SERVICES = ['gateway', 'disbursal-service', 'kyc-service', 'sandbox'];

/** The payout account over HTTP: stored encrypted in disbursal-service, verified by penny drop and a name match (issue #12). */
describe('Borrower bank account, verified by penny drop', () => {
  let suite: TestSuite;
  let borrower: TestUser;
  /** Every account number sent, to look for in the logs and the databases at the end. */
  const numbersUsed: string[] = [];

  before(async () => {
    suite = await TestSuite.start(
      'bank',
      [
        { service: 'sandbox' },
        { service: 'gateway' },
        { service: 'kyc-service' },
        { service: 'offer-service' },
        { service: 'disbursal-service' },
      ],
      { THROTTLE_AUTH_LIMIT: '1000', SWEEP_INTERVAL_MS: '500', COMMAND_DEADLINE_MS: '20000', LOG_LEVEL: 'info' },
    );
    borrower = await suite.users.applicant('bank');
  });
  after(() => suite?.stop());

  const sandbox = () => suite.app('sandbox').http;

  /** A fresh account number, remembered for the leak checks. */
  function accountNumber(): string {
    const number = `${randomInt(1, 10)}${String(randomInt(0, 1e12)).padStart(12, '0')}${randomInt(10, 100)}`;
    numbersUsed.push(number);
    return number;
  }

  /** The journey up to where a bank account can be added: KYC verified, offers ready. */
  const approvedForPayout = (owner: TestUser = borrower) => verifiedApplication(sandbox(), owner, 750);

  async function bankHolds(number: string, holderName: string, extra: Record<string, unknown> = {}) {
    const registered = await sandbox().post('/sandbox/bank-accounts', { ifsc: IFSC, accountNumber: number, holderName, ...extra });
    assert.equal(registered.status, 201, JSON.stringify(registered.body));
  }

  const add = (id: string, body: Record<string, unknown>, user: TestUser = borrower) =>
    user.http.post(`/v1/applications/${id}/bank-account`, body);
  const read = (id: string, user: TestUser = borrower) => user.http.get(`/v1/applications/${id}/bank-account`);
  const settled = (id: string, what: string) =>
    eventually(
      () => read(id),
      (r) => r.status === 200 && r.body.status !== 'PENDING',
      { timeoutMs: 45_000, what },
    );

  async function gatewayRows(sql: string, parameters: unknown[] = []): Promise<RowDataPacket[]> {
    const db = await suite.mysql('gateway');
    try {
      return (await db.query<RowDataPacket[]>(sql, parameters))[0];
    } finally {
      await db.end();
    }
  }

  it('verifies an account the bank holds in the KYC name, showing only its last 4 digits', async () => {
    const id = await approvedForPayout();
    const number = accountNumber();
    await bankHolds(number, KYC_NAME);
    const accepted = await add(id, { ifsc: IFSC, accountNumber: number, holderName: KYC_NAME });
    assert.equal(accepted.status, 202, JSON.stringify(accepted.body));
    assert.deepEqual(accepted.body, {
      ifsc: IFSC,
      bankName: 'HDFC Bank',
      accountLast4: number.slice(-4),
      holderName: KYC_NAME,
      status: 'PENDING',
    });
    const verified = await settled(id, 'the account verified');
    assert.equal(verified.body.status, 'VERIFIED', JSON.stringify(verified.body));
    assert.equal(verified.body.nameMatch.decision, 'MATCH');
    assert.ok(verified.body.nameMatch.score >= 80, JSON.stringify(verified.body.nameMatch));
    assert.ok(!Number.isNaN(Date.parse(verified.body.verifiedAt)));
    assert.ok(!JSON.stringify(verified.body).includes(number));
    const ops = await suite.users.withRole('ops');
    const seenByOps = await read(id, ops);
    assert.equal(seenByOps.status, 200);
    assert.equal(seenByOps.body.status, 'VERIFIED');
    assert.equal((await add(id, { ifsc: IFSC, accountNumber: accountNumber(), holderName: KYC_NAME }, ops)).status, 403);
  });

  it("rejects an account the bank holds in another person's name, with the reason; adding a right one replaces it", async () => {
    const id = await approvedForPayout();
    const wrong = accountNumber();
    await bankHolds(wrong, 'Ravi Shankar');
    assert.equal((await add(id, { ifsc: IFSC, accountNumber: wrong, holderName: KYC_NAME })).status, 202);
    const rejected = await settled(id, 'the account rejected');
    assert.equal(rejected.body.status, 'REJECTED', JSON.stringify(rejected.body));
    assert.equal(rejected.body.reason, 'NAME_MISMATCH');
    assert.equal(rejected.body.nameMatch.decision, 'NO_MATCH');

    const right = accountNumber();
    await bankHolds(right, KYC_NAME);
    const replaced = await add(id, { ifsc: IFSC, accountNumber: right, holderName: KYC_NAME });
    assert.equal(replaced.status, 202);
    assert.equal(replaced.body.status, 'PENDING');
    assert.equal(replaced.body.accountLast4, right.slice(-4));
    const verified = await settled(id, 'the replacement verified');
    assert.deepEqual([verified.body.status, verified.body.accountLast4, verified.body.reason], ['VERIFIED', right.slice(-4), undefined]);
  });

  it('rejects an account nobody registered (the bank answers a stranger) and a closed account', async () => {
    const id = await approvedForPayout();
    assert.equal((await add(id, { ifsc: IFSC, accountNumber: accountNumber(), holderName: KYC_NAME })).status, 202);
    const stranger = await settled(id, 'the unregistered account rejected');
    assert.deepEqual([stranger.body.status, stranger.body.reason], ['REJECTED', 'NAME_MISMATCH'], JSON.stringify(stranger.body));

    const closed = accountNumber();
    await bankHolds(closed, KYC_NAME, { state: 'CLOSED' });
    assert.equal((await add(id, { ifsc: IFSC, accountNumber: closed, holderName: KYC_NAME })).status, 202);
    const refused = await settled(id, 'the closed account rejected');
    assert.deepEqual([refused.body.status, refused.body.reason, refused.body.nameMatch], ['REJECTED', 'ACCOUNT_CLOSED', undefined]);
  });

  /** An application whose account the bank holds as "Asha Sharma": the name match leaves it in REVIEW. */
  async function accountInReview(): Promise<{ id: string; number: string }> {
    const id = await approvedForPayout();
    const number = accountNumber();
    await bankHolds(number, 'Asha Sharma');
    assert.equal((await add(id, { ifsc: IFSC, accountNumber: number, holderName: KYC_NAME })).status, 202);
    return { id, number };
  }

  const openReviewItems = async (id: string, ops: TestUser) =>
    ((await ops.http.get(`/v1/applications/${id}`)).body.attention as { code: string; reason: string }[]).filter(
      (item) => item.code === 'BANK_ACCOUNT_REVIEW',
    );

  it('puts a close name (same given name, another surname) in REVIEW with an attention item, which ops resolve', async () => {
    const { id, number } = await accountInReview();
    const review = await settled(id, 'the account in review');
    assert.equal(review.body.status, 'REVIEW', JSON.stringify(review.body));
    assert.equal(review.body.reason, 'NAME_NEEDS_REVIEW');
    assert.equal(review.body.nameMatch.decision, 'REVIEW');
    const ops = await suite.users.withRole('ops');
    const [item, ...others] = await openReviewItems(id, ops);
    assert.equal(others.length, 0);
    assert.match(item.reason, new RegExp(`NAME_NEEDS_REVIEW: account ending ${number.slice(-4)}`));
    assert.ok(!item.reason.includes(number));

    const resolve = (user: TestUser, body: object) => user.http.post(`/v1/ops/applications/${id}/bank-account/review`, body);
    assert.equal((await resolve(borrower, { decision: 'APPROVE', note: 'mine' })).status, 403);
    assert.equal((await resolve(ops, { decision: 'MAYBE', note: 'x' })).status, 400);
    const approved = await resolve(ops, { decision: 'APPROVE', note: 'Married name; passbook shows both surnames' });
    assert.equal(approved.status, 200, JSON.stringify(approved.body));
    assert.equal(approved.body.status, 'VERIFIED');
    assert.equal((await read(id)).body.status, 'VERIFIED');
    assert.deepEqual(await openReviewItems(id, ops), []);
    const again = await resolve(ops, { decision: 'REJECT', note: 'second thoughts' });
    assert.deepEqual([again.status, again.body.code], [409, 'CONFLICT']);
  });

  it('closes the review of an account the borrower replaces', async () => {
    const { id } = await accountInReview();
    assert.equal((await settled(id, 'the account in review')).body.status, 'REVIEW');
    const ops = await suite.users.withRole('ops');
    assert.equal((await openReviewItems(id, ops)).length, 1);
    const right = accountNumber();
    await bankHolds(right, KYC_NAME);
    assert.equal((await add(id, { ifsc: IFSC, accountNumber: right, holderName: KYC_NAME })).status, 202);
    assert.deepEqual(await openReviewItems(id, ops), []);
    assert.equal((await settled(id, 'the replacement verified')).body.status, 'VERIFIED');
  });

  it('refuses an unknown IFSC or a malformed number with a stable code, storing nothing', async () => {
    const id = await approvedForPayout();
    const number = accountNumber();
    for (const ifsc of ['ABCD0123456', 'HDFC1000001', 'HDFC000001']) {
      const refused = await add(id, { ifsc, accountNumber: number, holderName: KYC_NAME });
      assert.deepEqual([refused.status, refused.body.code], [400, 'INVALID_IFSC'], JSON.stringify(refused.body));
      assert.ok(!JSON.stringify(refused.body).includes(number));
    }
    for (const bad of ['12345678', '1234567890123456789', '12345678AB']) {
      const refused = await add(id, { ifsc: IFSC, accountNumber: bad, holderName: KYC_NAME });
      assert.deepEqual([refused.status, refused.body.code], [400, 'INVALID_ACCOUNT_NUMBER'], JSON.stringify(refused.body));
      assert.ok(!JSON.stringify(refused.body).includes(bad));
    }
    assert.equal((await read(id)).status, 404);
    assert.equal((await gatewayRows('SELECT * FROM application_bank_accounts WHERE application_id = ?', [id])).length, 0);
    const disbursal = await suite.mysql('disbursal-service');
    try {
      const [rows] = await disbursal.query<RowDataPacket[]>('SELECT id FROM bank_accounts WHERE application_id = ?', [id]);
      assert.equal(rows.length, 0);
    } finally {
      await disbursal.end();
    }
  });

  it("hides an application's account from another borrower, and refuses an account before KYC is verified", async () => {
    const id = await approvedForPayout();
    const other = await suite.users.applicant('bank-other');
    assert.equal((await add(id, { ifsc: IFSC, accountNumber: accountNumber(), holderName: KYC_NAME }, other)).status, 404);
    assert.equal((await read(id, other)).status, 404);
    assert.equal((await read(id)).status, 404, 'nothing was stored by the refused request');

    const lead = await borrower.http.post('/v1/applications', applicationBody());
    assert.equal(lead.status, 201);
    const early = await add(lead.body.id, { ifsc: IFSC, accountNumber: accountNumber(), holderName: KYC_NAME });
    assert.deepEqual([early.status, early.body.code], [409, 'BANK_ACCOUNT_CHANGE_NOT_ALLOWED']);
  });

  it('retries a failing penny-drop provider and verifies the account once it answers again', async () => {
    const id = await approvedForPayout();
    const number = accountNumber();
    await bankHolds(number, KYC_NAME);
    const calls = async () => ((await sandbox().get('/sandbox/stats')).body as Record<string, number>)['bank-account'];
    const before = await calls();
    const fault = await sandbox().request('PUT', '/sandbox/faults/bank-account', JSON.stringify({ mode: 'error', failNext: 2 }), {
      'content-type': 'application/json',
    });
    assert.equal(fault.status, 200);
    assert.equal((await add(id, { ifsc: IFSC, accountNumber: number, holderName: KYC_NAME })).status, 202);
    const verified = await settled(id, 'the account verified after the fault cleared');
    assert.equal(verified.body.status, 'VERIFIED', JSON.stringify(verified.body));
    assert.equal((await calls()) - before, 3, 'two faulted penny drops, then the one that answered');
    assert.deepEqual((await sandbox().get('/sandbox/faults')).body['bank-account'], { mode: 'none' });
  });

  it('rejects the account with a reason when the provider finds no such account (404)', async () => {
    const id = await approvedForPayout();
    const fault = await sandbox().request('PUT', '/sandbox/faults/bank-account', JSON.stringify({ mode: 'not_found', failNext: 1 }), {
      'content-type': 'application/json',
    });
    assert.equal(fault.status, 200);
    assert.equal((await add(id, { ifsc: IFSC, accountNumber: accountNumber(), holderName: KYC_NAME })).status, 202);
    const rejected = await settled(id, 'the account rejected as not found');
    assert.deepEqual([rejected.body.status, rejected.body.reason], ['REJECTED', 'ACCOUNT_NOT_FOUND']);
  });

  it('keeps full account numbers out of every log line, the outbox and every table', async () => {
    assert.ok(numbersUsed.length >= 10);
    for (const service of SERVICES) {
      const log = readFileSync(join(TEST_STATE_DIR, 'logs', `${service}.log`), 'utf8');
      assert.ok(log.length > 0, `${service} logged nothing`);
      for (const number of numbersUsed) assert.ok(!log.includes(number), `an account number in the ${service} log`);
    }
    for (const service of ['gateway', 'disbursal-service']) {
      const db = await suite.mysql(service);
      try {
        const [tables] = await db.query<RowDataPacket[]>('SHOW TABLES');
        for (const row of tables) {
          const table = Object.values(row)[0] as string;
          const text = JSON.stringify((await db.query<RowDataPacket[]>(`SELECT * FROM \`${table}\``))[0]);
          for (const number of numbersUsed) assert.ok(!text.includes(number), `an account number in ${service} table ${table}`);
        }
      } finally {
        await db.end();
      }
    }
    const outbox = await gatewayRows("SELECT * FROM outbox_commands WHERE pattern = 'disbursal.cmd.verify-bank-account.v1'");
    assert.ok(outbox.length >= 8, `verify commands recorded: ${outbox.length}`);
  });
});
