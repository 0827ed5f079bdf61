import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { applicationBody, type TestUser } from '../support/gateway-users.js';
import { applicantOf, magicPan, person, registerIdentity, submitKyc } from '../support/kyc-fixtures.js';
import { SseClient, type SseEvent } from '../support/sse-client.js';
import { TestSuite } from '../support/test-suite.js';

interface EventData {
  id: number;
  applicationId: string;
  type: string;
  from: string | null;
  to: string | null;
  at: string;
  version: number;
}

const dataOf = (event: SseEvent) => JSON.parse(event.data) as EventData;
const settled = (event: SseEvent) => ['OFFERS_READY', 'NO_OFFERS'].includes(dataOf(event).to ?? '');

/** GET /v1/applications/{id}/events: the event log as Server-Sent Events, resumable with Last-Event-ID, owner or staff only. */
describe('application event stream', () => {
  let suite: TestSuite;
  let owner: TestUser;
  let other: TestUser;
  let admin: TestUser;
  const open: SseClient[] = [];

  before(async () => {
    suite = await TestSuite.start(
      'app_events',
      [{ service: 'sandbox' }, { service: 'gateway' }, { service: 'kyc-service' }, { service: 'offer-service' }],
      { THROTTLE_AUTH_LIMIT: '1000', APPLICATION_EVENTS_POLL_MS: '200', APPLICATION_EVENTS_HEARTBEAT_MS: '1000' },
    );
    owner = await suite.users.applicant('events-owner');
    other = await suite.users.applicant('events-other');
    admin = await suite.users.adminUser();
  });
  after(async () => {
    open.forEach((client) => client.close());
    await suite?.stop();
  });

  const stream = async (user: TestUser, id: string, lastEventId?: string) => {
    const headers: Record<string, string> = { authorization: `Bearer ${user.token}` };
    if (lastEventId !== undefined) headers['last-event-id'] = lastEventId;
    const client = await SseClient.open(`${suite.app('gateway').url}/v1/applications/${id}/events`, headers);
    open.push(client);
    return client;
  };

  /** A new application of the owner, for a person the sandbox knows: ready for KYC. */
  const newApplication = async () => {
    const who = person({ pan: magicPan(760) });
    await registerIdentity(suite.app('sandbox').http, who);
    const created = await owner.http.post('/v1/applications', applicationBody({ applicant: applicantOf(who) }));
    assert.equal(created.status, 201, JSON.stringify(created.body));
    return { id: created.body.id as string, who };
  };

  it('streams the application as it moves, each event with an increasing id; a reconnect with Last-Event-ID gets only later ones', async () => {
    const { id, who } = await newApplication();
    const live = await stream(owner, id);
    assert.equal(live.status, 200);
    assert.match(live.headers.get('content-type') ?? '', /^text\/event-stream/);
    const [created] = await live.until(() => true);
    assert.deepEqual(
      [created.event, dataOf(created).type, dataOf(created).from, dataOf(created).to],
      ['application.created', 'application.created', null, 'LEAD_CREATED'],
    );

    assert.equal((await submitKyc(owner.http, id, who)).status, 202);
    const moves = await live.until(settled);
    const all = [created, ...moves];
    const ids = all.map((event) => Number(event.id));
    assert.deepEqual(
      ids,
      [...ids].sort((a, b) => a - b),
      'ids grow',
    );
    assert.equal(new Set(ids).size, ids.length);
    for (const event of all) {
      const data = dataOf(event);
      assert.deepEqual([data.id, data.applicationId, data.type], [Number(event.id), id, event.event]);
    }
    for (const [previous, next] of moves.map((event, i) => [all[i], event])) {
      assert.equal(dataOf(next).from, dataOf(previous).to, 'each move starts where the last one ended');
    }
    assert.deepEqual(
      moves.map((event) => dataOf(event).type),
      moves.map(() => 'application.status_changed'),
    );
    const timeline = (await owner.http.get(`/v1/applications/${id}/timeline`)).body as { to: string }[];
    assert.deepEqual(
      all.map((event) => dataOf(event).to),
      timeline.map((entry) => entry.to),
    );
    live.close();

    const resumed = await stream(owner, id, created.id);
    assert.deepEqual(
      (await resumed.until(settled)).map((event) => event.id),
      moves.map((event) => event.id),
    );
    const lastId = moves.at(-1)!.id!;
    const tail = await stream(owner, id, lastId);
    const cancelled = await owner.http.post(`/v1/applications/${id}/cancel`, { reason: 'Changed my mind' });
    assert.equal(cancelled.status, 200, JSON.stringify(cancelled.body));
    const next = await tail.next();
    assert.ok(Number(next.id) > Number(lastId));
    assert.deepEqual([dataOf(next).from, dataOf(next).to], [dataOf(moves.at(-1)!).to, 'CANCELLED']);
    assert.equal(JSON.stringify(dataOf(next)).includes('Changed my mind'), false, 'the reason stays out of events');
  });

  it('lets staff follow any application; another borrower gets the 404 of a missing one', async () => {
    const { id } = await newApplication();
    const staff = await stream(admin, id);
    assert.equal(dataOf(await staff.next()).to, 'LEAD_CREATED');

    const foreign = await stream(other, id);
    const missing = await stream(other, randomUUID());
    assert.deepEqual([foreign.status, JSON.parse(foreign.body).code], [404, 'NOT_FOUND']);
    assert.deepEqual([missing.status, JSON.parse(missing.body).code], [404, 'NOT_FOUND']);
    const anonymous = await SseClient.open(`${suite.app('gateway').url}/v1/applications/${id}/events`);
    assert.equal(anonymous.status, 401);
  });

  it('refuses a Last-Event-ID that is not an event id, and sends heartbeats on an idle stream', async () => {
    const { id } = await newApplication();
    const bad = await stream(owner, id, 'abc');
    assert.deepEqual([bad.status, JSON.parse(bad.body).code], [400, 'VALIDATION_FAILED']);
    const idle = await stream(owner, id, '999999999');
    assert.equal(await idle.nextComment(), 'heartbeat');
  });
});
