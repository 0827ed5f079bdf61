import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomInt, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ClientRedis } from '@nestjs/microservices';
import Bull from 'bull';
import { MongoClient } from 'mongodb';
import type { RowDataPacket } from 'mysql2';
import { firstValueFrom, timeout } from 'rxjs';
import { eventually } from '../support/eventually.js';
import type { HttpClient } from '../support/http-client.js';
import { TEST_STATE_DIR } from '../support/test-infra.js';
import { TestSuite } from '../support/test-suite.js';

const VAULT = 'kyc.req.vault-aadhaar.v1';
const OTP_REQUEST = 'kyc.req.aadhaar-otp.v1';
const OTP_CONFIRM = 'kyc.req.aadhaar-otp-confirm.v1';
const SANDBOX_OTP = '123456';
const VERIFY = 'kyc.cmd.verify.v1';
const STATUS = 'kyc.qry.status.v1';
const NAME_MATCH = 'kyc.qry.name-match.v1';
const COMPLETED = 'kyc.evt.completed.v1';
const REDRIVE_AFTER_MS = 1_500;

interface Person {
  aadhaar: string;
  pan: string;
  name: string;
  dob: string;
  gender: 'M' | 'F';
  address: { line1: string; line2?: string; city: string; state: string; pincode: string };
}

interface ResultEvent {
  eventId: string;
  commandId: string;
  type: string;
  payload: { applicationId: string; kycId: string; status: string; score: number; reasons: string[]; revision: number };
}

const digits = (n: number) => Array.from({ length: n }, () => randomInt(10)).join('');
const letters = (n: number) => Array.from({ length: n }, () => String.fromCharCode(65 + randomInt(26))).join('');

function newPerson(name = 'Rajesh Kumar Sharma'): Person {
  return {
    aadhaar: `${randomInt(2, 10)}${digits(11)}`,
    // 4th letter P: an individual's PAN; a last digit of 1-5 keeps clear of the sandbox's rule digits.
    pan: `${letters(3)}P${letters(1)}${digits(3)}${randomInt(1, 6)}${letters(1)}`,
    name,
    dob: '1985-08-15',
    gender: 'M',
    address: { line1: '12 MG Road', line2: 'Camp', city: 'Pune', state: 'Maharashtra', pincode: '411001' },
  };
}

describe('kyc-service: Aadhaar vault, identity verification against the sandbox sources, status', () => {
  let suite: TestSuite;
  let sandbox: HttpClient;
  let rpc: ClientRedis;
  let events: Bull.Queue;
  const received: ResultEvent[] = [];
  const people: Person[] = [];

  before(async () => {
    const env = {
      LOG_LEVEL: 'debug',
      SWEEP_INTERVAL_MS: '300',
      KYC_REDRIVE_AFTER_MS: String(REDRIVE_AFTER_MS),
      OUTBOUND_TIMEOUT_MS: '1000',
    };
    // Two replicas: both receive every Redis message, so the vault and the re-drive must hold up to a race.
    suite = await TestSuite.start('kyc', [{ service: 'sandbox' }, { service: 'kyc-service', env }, { service: 'kyc-service', env }]);
    sandbox = suite.app('sandbox').http;
    const redis = new URL(suite.redis.url);
    rpc = new ClientRedis({ host: redis.hostname, port: Number(redis.port) });
    await rpc.connect();
    // Stands in for the gateway: whatever kyc-service reports lands on the gateway's events queue.
    events = new Bull('gateway.events', suite.redis.url, { prefix: 'los' });
    void events.process('apply', async (job) => {
      received.push(job.data as ResultEvent);
    });
  });

  after(async () => {
    await events?.close();
    await rpc?.close();
    await suite?.stop();
  });

  const call = <T>(pattern: string, message: object) => firstValueFrom(rpc.send<T>(pattern, message).pipe(timeout(10_000)));
  /** A query: its payload travels in a QueryEnvelope. */
  const send = <T>(pattern: string, payload: object) => call<T>(pattern, { correlationId: randomUUID(), payload });

  async function register(person: Person, extra: object = {}) {
    people.push(person);
    const response = await sandbox.post('/sandbox/identities', { ...person, ...extra });
    assert.ok(response.status === 201 || response.status === 200, JSON.stringify(response.body));
  }

  /** The applicant's two steps: UIDAI sends the OTP, the applicant types it back. */
  async function aadhaarOtp(person: Person, applicationId: string, otp = SANDBOX_OTP) {
    const { otpRequestId } = await send<{ otpRequestId: string }>(OTP_REQUEST, {
      otpRequestId: randomUUID(),
      applicationId,
      aadhaar: person.aadhaar,
    });
    const vault = await send<{ vaultToken: string; last4: string }>(OTP_CONFIRM, { applicationId, otpRequestId, otp });
    return { otpRequestId, ...vault };
  }

  async function verify(person: Person, over: object = {}, options: { otp?: string; afterOtp?: () => Promise<void> } = {}) {
    const applicationId = randomUUID();
    const { vaultToken, last4, otpRequestId } = await aadhaarOtp(person, applicationId, options.otp);
    await options.afterOtp?.();
    const envelope = {
      commandId: randomUUID(),
      pattern: VERIFY,
      sender: 'gateway',
      correlationId: randomUUID(),
      issuedAt: new Date().toISOString(),
      payload: {
        applicationId,
        kycId: randomUUID(),
        vaultToken,
        aadhaarLast4: last4,
        otpRequestId,
        pan: person.pan,
        fullName: person.name,
        dob: person.dob,
        gender: person.gender,
        address: person.address,
        ...over,
      },
    };
    const ack = await call<{ accepted: boolean }>(VERIFY, envelope);
    assert.equal(ack.accepted, true);
    const event = await resultOf(`${envelope.commandId}:result`);
    return { envelope, event, kycId: envelope.payload.kycId, applicationId: envelope.payload.applicationId };
  }

  const resultOf = (eventId: string, timeoutMs = 30_000) =>
    eventually(
      async () => received.find((event) => event.eventId === eventId),
      (event) => event !== undefined,
      { timeoutMs, what: `event ${eventId}` },
    ) as Promise<ResultEvent>;

  const status = (applicationId: string) => send<any>(STATUS, { applicationId });
  const source = (reply: any, name: string) => reply.sources.find((s: { source: string }) => s.source === name);
  const clearFaults = async () => assert.equal((await sandbox.request('DELETE', '/sandbox/faults', undefined, {})).status, 204);
  const fault = async (name: string, body: object) => {
    const response = await sandbox.request('PUT', `/sandbox/faults/${name}`, JSON.stringify(body), { 'content-type': 'application/json' });
    assert.equal(response.status, 200, JSON.stringify(response.body));
  };

  it('gives one Aadhaar number one token, also to concurrent requests, and shows only its last four digits', async () => {
    const person = newPerson();
    people.push(person);
    const replies = await Promise.all(
      Array.from({ length: 5 }, () => send<{ vaultToken: string; last4: string }>(VAULT, { aadhaar: person.aadhaar })),
    );
    assert.equal(new Set(replies.map((r) => r.vaultToken)).size, 1);
    assert.equal(replies[0].last4, person.aadhaar.slice(-4));
    assert.ok(!replies[0].vaultToken.includes(person.aadhaar));
    await assert.rejects(send(VAULT, { aadhaar: '123' }), (error: { code?: string }) => error.code === 'VALIDATION_FAILED');
  });

  it('verifies a person whose name each source writes differently', async () => {
    const person = newPerson();
    await register(person, { variation: { pan: 'initials', aadhaar: 'spelling', ckyc: 'reorder', address: 'abbreviated' } });
    const { event, kycId, applicationId, envelope } = await verify(person);

    assert.equal(event.type, COMPLETED);
    assert.equal(event.commandId, envelope.commandId);
    assert.deepEqual(
      { ...event.payload, score: 0 },
      {
        applicationId,
        kycId,
        status: 'VERIFIED',
        score: 0,
        reasons: ['ALL_SOURCES_MATCH'],
        revision: 1,
      },
    );
    assert.ok(event.payload.score >= 80 && event.payload.score <= 100);

    const reply = await status(applicationId);
    assert.equal(reply.status, 'VERIFIED');
    assert.equal(reply.pan, person.pan);
    assert.equal(reply.aadhaarLast4, person.aadhaar.slice(-4));
    assert.match(reply.ckycNumber, /^\d{14}$/);
    assert.deepEqual(
      reply.sources.map((s: any) => [s.source, s.status, s.lastError]),
      [
        ['PAN', 'OK', null],
        ['AADHAAR', 'OK', null],
        ['CKYC', 'OK', null],
      ],
    );
    assert.ok(reply.components.name.pan >= 85 && reply.components.name.aadhaar >= 85 && reply.components.name.ckyc >= 85);
    assert.equal(reply.components.dob, 100);
    assert.equal(reply.attempt, 1);
    assert.deepEqual(
      reply.history.map((h: any) => [h.kycId, h.status]),
      [[kycId, 'VERIFIED']],
    );
  });

  it('answers a re-sent command from the finished check without asking the sources again', async () => {
    const person = newPerson();
    await register(person);
    const { envelope, applicationId } = await verify(person);
    const before = await sandbox.get('/sandbox/stats');
    const again = await call<{ accepted: boolean }>(VERIFY, envelope);
    assert.equal(again.accepted, true);
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.deepEqual((await sandbox.get('/sandbox/stats')).body, before.body);
    assert.equal((await status(applicationId)).history.length, 1);
  });

  it('still verifies when sources fail for a while (503, 429 with Retry-After, a held request), recording every attempt', async () => {
    const person = newPerson('Sunita Devi Patil');
    person.gender = 'F';
    await register(person);
    const faults = async () => {
      await fault('aadhaar', { mode: 'error', failNext: 2 });
      await fault('pan', { mode: 'rate_limit', failNext: 1 });
      await fault('ckyc', { mode: 'timeout', failNext: 1 });
    };
    try {
      const { event, applicationId } = await verify(person, {}, { afterOtp: faults });
      assert.equal(event.payload.status, 'VERIFIED', JSON.stringify(event.payload));
      const reply = await status(applicationId);
      // Aadhaar (the OTP was sent before): two failed eKYC calls, the eKYC; PAN: 429 then the answer; CKYC: a timeout, search, download.
      assert.equal(source(reply, 'AADHAAR').attempts, 3);
      assert.equal(source(reply, 'PAN').attempts, 2);
      assert.equal(source(reply, 'CKYC').attempts, 3);
    } finally {
      await clearFaults();
    }
  });

  it('finds a person in CKYC by name and date of birth when the PAN search finds nobody', async () => {
    const person = newPerson('Anil Vasant Kulkarni');
    await register(person, { ckyc: { searchableByPan: false, searchableByNameDob: true } });
    const { event, applicationId } = await verify(person);
    assert.equal(event.payload.status, 'VERIFIED', JSON.stringify(event.payload));
    assert.ok(event.payload.reasons.includes('CKYC_FOUND_BY_NAME_DOB'));
    const reply = await status(applicationId);
    assert.deepEqual([source(reply, 'CKYC').status, source(reply, 'CKYC').attempts], ['OK', 3]);
  });

  it('fails a PAN that the income-tax department deactivated', async () => {
    const person = newPerson('Meena Joshi');
    person.gender = 'F';
    await register(person, { panStatus: 'DEACTIVATED' });
    const { event } = await verify(person);
    assert.equal(event.payload.status, 'FAILED');
    assert.ok(event.payload.reasons.includes('PAN_NOT_VALID'));
    assert.ok(event.payload.score < 55);
  });

  it('reviews a check whose source stays down, then re-drives it and reports revision 2 once the source is back', async () => {
    const person = newPerson('Farhan Ahmed Qureshi');
    await register(person);
    await fault('ckyc', { mode: 'error' });
    let applicationId: string;
    let kycId: string;
    let commandId: string;
    try {
      const first = await verify(person);
      ({ applicationId, kycId } = first);
      commandId = first.envelope.commandId;
      assert.equal(first.event.payload.status, 'REVIEW');
      assert.deepEqual(first.event.payload.reasons, ['SOURCE_UNAVAILABLE:CKYC']);
      const reply = await status(applicationId);
      assert.deepEqual(
        [source(reply, 'CKYC').status, source(reply, 'CKYC').attempts, source(reply, 'CKYC').lastError],
        ['UNAVAILABLE', 4, 'UPSTREAM_ERROR'],
      );
    } finally {
      await clearFaults();
    }

    const revised = await resultOf(`${kycId}:r2`, 20_000);
    assert.equal(revised.commandId, commandId);
    assert.equal(revised.type, COMPLETED);
    assert.deepEqual([revised.payload.status, revised.payload.revision, revised.payload.kycId], ['VERIFIED', 2, kycId]);
    const reply = await status(applicationId);
    assert.equal(reply.status, 'VERIFIED');
    assert.deepEqual([source(reply, 'CKYC').status, source(reply, 'CKYC').attempts], ['OK', 6]);
  });

  it('fails a KYC whose applicant typed a wrong OTP, with AADHAAR_OTP_INVALID', async () => {
    const person = newPerson('Kavita Rao');
    person.gender = 'F';
    await register(person);
    const { event, applicationId } = await verify(person, {}, { otp: '654321' });
    assert.equal(event.payload.status, 'FAILED', JSON.stringify(event.payload));
    assert.ok(event.payload.reasons.includes('AADHAAR_OTP_INVALID'), JSON.stringify(event.payload.reasons));
    assert.deepEqual([source(await status(applicationId), 'AADHAAR').lastError], ['AADHAAR_OTP_INVALID']);
  });

  it("keeps an OTP only for its own application's unexpired request", async () => {
    const person = newPerson('Kiran Das');
    await register(person);
    const applicationId = randomUUID();
    const before = (await sandbox.get('/sandbox/stats')).body.aadhaar;
    const { otpRequestId } = await send<{ otpRequestId: string; aadhaarLast4: string }>(OTP_REQUEST, {
      otpRequestId: randomUUID(),
      applicationId,
      aadhaar: person.aadhaar,
    });
    // Both replicas received the request; one of them texted the holder.
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal((await sandbox.get('/sandbox/stats')).body.aadhaar, before + 1, 'one OTP per request');
    const refused = (error: { code?: string }) => error.code === 'KYC_OTP_REQUEST_INVALID';
    await assert.rejects(send(OTP_CONFIRM, { applicationId: randomUUID(), otpRequestId, otp: SANDBOX_OTP }), refused);
    await assert.rejects(send(OTP_CONFIRM, { applicationId, otpRequestId: randomUUID(), otp: SANDBOX_OTP }), refused);
    await assert.rejects(
      send(OTP_CONFIRM, { applicationId, otpRequestId, otp: '12345' }),
      (error: { code?: string }) => error.code === 'VALIDATION_FAILED',
    );
    // An 11th digit 9: a number the sandbox's UIDAI never knows.
    const unknown = `${newPerson().aadhaar.slice(0, 10)}90`;
    await assert.rejects(
      send(OTP_REQUEST, { otpRequestId: randomUUID(), applicationId, aadhaar: unknown }),
      (error: { code?: string }) => error.code === 'INVALID_AADHAAR',
    );
    const mongo = new MongoClient(suite.infra.mongoUrl);
    try {
      const stored = JSON.stringify(await mongo.db(`${suite.prefix}_kyc`).collection('aadhaar_otp_requests').find().toArray());
      assert.ok(stored.includes(otpRequestId));
      assert.ok(!stored.includes(person.aadhaar), 'no Aadhaar number with the OTP request');
    } finally {
      await mongo.close();
    }
  });

  it("answers name-match queries with the engine's decision and reasons", async () => {
    const reply = await send<any>(NAME_MATCH, { name1: 'Mohd. Irfan Khan', name2: 'MOHAMMED IRFAN KHAN' });
    assert.equal(reply.decision, 'MATCH');
    assert.ok(Array.isArray(reply.reasons) && reply.reasons.every((r: any) => typeof r.code === 'string'));
  });

  it('keeps full Aadhaar numbers out of every stored document and row and out of the logs', async () => {
    const numbers = people.map((p) => p.aadhaar);
    const pans = people.map((p) => p.pan);
    const mongo = new MongoClient(suite.infra.mongoUrl);
    const mysql = await suite.mysql('kyc-service');
    try {
      const db = mongo.db(`${suite.prefix}_kyc`);
      const collections = (await db.listCollections().toArray()).map((c) => c.name);
      assert.ok(collections.includes('aadhaar_vault') && collections.includes('kyc_checks'), collections.join());
      for (const name of collections) {
        const text = JSON.stringify(await db.collection(name).find().toArray());
        for (const aadhaar of numbers) assert.ok(!text.includes(aadhaar), `an Aadhaar number in Mongo collection ${name}`);
      }
      const checks = JSON.stringify(await db.collection('kyc_checks').find().toArray());
      assert.match(checks, /[A-Z]{2}\*{6}\d[A-Z]/, 'raw source answers are kept, with PANs masked');
      const [tables] = await mysql.query<RowDataPacket[]>('SHOW TABLES');
      for (const row of tables) {
        const table = Object.values(row)[0] as string;
        const [rows] = await mysql.query<RowDataPacket[]>(`SELECT * FROM \`${table}\``);
        const text = JSON.stringify(rows);
        for (const aadhaar of numbers) assert.ok(!text.includes(aadhaar), `an Aadhaar number in MySQL table ${table}`);
      }
    } finally {
      await mongo.close();
      await mysql.end();
    }
    const log = readFileSync(join(TEST_STATE_DIR, 'logs', 'kyc-service.log'), 'utf8');
    for (const aadhaar of numbers) assert.ok(!log.includes(aadhaar), 'an Aadhaar number in the kyc-service log');
    for (const pan of pans) assert.ok(!log.includes(pan), 'a PAN in the kyc-service log');
  });
});
