import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { eventually } from '../support/eventually.js';
import { applicationBody, type TestUser } from '../support/gateway-users.js';
import { TestSuite } from '../support/test-suite.js';

interface DeliveryRow {
  id: number;
  status: string;
  attempts: number;
  attemptLog: { statusCode: number | null }[];
}

interface Received {
  body: string;
  signature: string;
  status: number;
}

/** A partner's endpoint on this machine: answers 500 to the first `failFirst` posts, then 200; keeps every post. */
class Receiver {
  readonly received: Received[] = [];
  failFirst = 0;
  private server?: Server;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      req.on('end', () => {
        const status = this.received.length < this.failFirst ? 500 : 200;
        this.received.push({ body, signature: String(req.headers['los-signature'] ?? ''), status });
        res.writeHead(status).end();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const address = this.server.address() as { port: number };
    this.url = `http://127.0.0.1:${address.port}/los-hooks`;
  }

  stop(): void {
    this.server?.close();
  }
}

/** The receiver's check, written from the README: t=…,v1=hex(HMAC-SHA256(secret, t + "." + raw body)), t within 5 minutes. */
function verified(secret: string, body: string, header: string): boolean {
  const parts = Object.fromEntries(header.split(',').map((part) => part.split('=')));
  const expected = createHmac('sha256', secret).update(`${parts.t}.${body}`).digest('hex');
  return parts.v1 === expected && Math.abs(Date.now() / 1000 - Number(parts.t)) <= 300;
}

/** Outbound webhooks: a channel partner's endpoint gets its applications' events, signed, retried until it answers 2xx. */
describe('outbound partner webhooks', () => {
  const partnerCode = `DSA_${randomBytes(3).toString('hex').toUpperCase()}`;
  let suite: TestSuite;
  let admin: TestUser;
  let agent: TestUser;
  const receiver = new Receiver();

  before(async () => {
    await receiver.start();
    suite = await TestSuite.start(
      'webhooks_out',
      [
        { service: 'gateway' },
        // A replica with the production defaults (https only, no private addresses) that never dispatches during the test.
        {
          service: 'gateway',
          env: { WEBHOOK_ALLOW_HTTP: 'false', WEBHOOK_ALLOW_PRIVATE_URLS: 'false', WEBHOOK_SWEEP_INTERVAL_MS: '3600000' },
        },
      ],
      {
        THROTTLE_AUTH_LIMIT: '1000',
        WEBHOOK_ALLOW_HTTP: 'true',
        WEBHOOK_ALLOW_PRIVATE_URLS: 'true',
        WEBHOOK_SWEEP_INTERVAL_MS: '200',
        WEBHOOK_RETRY_BASE_MS: '300',
      },
    );
    admin = await suite.users.adminUser();
    agent = await suite.users.withRole('partner_agent', partnerCode);
  });
  after(async () => {
    receiver.stop();
    await suite?.stop();
  });

  it('posts each event signed; a failed first attempt is retried until 200, every attempt visible; a replay posts it again', async () => {
    receiver.failFirst = 1;
    const created = await admin.http.post(`/v1/admin/partners/${partnerCode}/webhook-subscriptions`, {
      url: receiver.url,
      eventTypes: ['application.created', 'application.status_changed'],
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const { id: subscriptionId, secret } = created.body as { id: string; secret: string };
    assert.match(secret, /^whsec_/);
    const listed = await admin.http.get(`/v1/admin/partners/${partnerCode}/webhook-subscriptions`);
    assert.deepEqual(
      listed.body.map((s: { id: string; secret?: string }) => [s.id, s.secret]),
      [[subscriptionId, undefined]],
    );

    const application = await agent.http.post('/v1/applications', applicationBody());
    assert.equal(application.status, 201, JSON.stringify(application.body));
    const applicationId = application.body.id as string;
    assert.equal((await agent.http.post(`/v1/applications/${applicationId}/cancel`, { reason: 'Duplicate' })).status, 200);

    const deliveries = await eventually(
      async () => (await admin.http.get(`/v1/admin/webhook-subscriptions/${subscriptionId}/deliveries`)).body as DeliveryRow[],
      (rows) => rows.length === 2 && rows.every((row) => row.status === 'DELIVERED'),
      { what: 'two delivered webhooks' },
    );
    const retried = deliveries.find((row) => row.attempts === 2);
    assert.ok(retried, JSON.stringify(deliveries));
    assert.deepEqual(
      retried.attemptLog.map((attempt) => attempt.statusCode),
      [500, 200],
    );

    const accepted = receiver.received.filter((post) => post.status === 200);
    assert.equal(accepted.length, 2);
    for (const post of receiver.received) assert.ok(verified(secret, post.body, post.signature), post.signature);
    const gatewayDb = await suite.mysql('gateway');
    try {
      const [stored] = await gatewayDb.query('SELECT * FROM webhook_subscriptions WHERE id = ?', [subscriptionId]);
      assert.equal((stored as unknown[]).length, 1);
      assert.doesNotMatch(JSON.stringify(stored), /whsec_/, 'the row holds the secret sealed, never in clear');
      assert.ok(!JSON.stringify(stored).includes(secret.slice('whsec_'.length)));
    } finally {
      await gatewayDb.end();
    }
    assert.equal(verified('whsec_wrong', accepted[0].body, accepted[0].signature), false);
    const events = accepted.map((post) => JSON.parse(post.body)).sort((a, b) => a.id - b.id);
    assert.deepEqual(
      events.map((event) => [event.type, event.data.applicationId, event.data.to]),
      [
        ['application.created', applicationId, 'LEAD_CREATED'],
        ['application.status_changed', applicationId, 'CANCELLED'],
      ],
    );
    assert.ok(!accepted.some((post) => post.body.includes('Asha') || post.body.includes('ABCPV1234F')), 'no personal data');

    const replayed = await admin.http.post(`/v1/admin/webhook-deliveries/${retried.id}/replay`);
    assert.equal(replayed.status, 202, JSON.stringify(replayed.body));
    await eventually(
      async () => receiver.received.length,
      (count) => count === 4,
      { what: 'the replayed post' },
    );
    assert.equal(receiver.received[3].body, receiver.received.find((post) => JSON.parse(post.body).deliveryId === retried.id)!.body);
  });

  it('refuses http and private URLs without the flags, and lets only webhook managers subscribe', async () => {
    const strict = suite.app('gateway', 1).http.withHeaders({ authorization: `Bearer ${admin.token}` });
    for (const url of [receiver.url, 'https://127.0.0.1/hooks', 'https://10.0.0.8/hooks', 'https://localhost/hooks']) {
      const refused = await strict.post(`/v1/admin/partners/${partnerCode}/webhook-subscriptions`, {
        url,
        eventTypes: ['application.created'],
      });
      assert.deepEqual([refused.status, refused.body.code], [400, 'WEBHOOK_URL_REFUSED'], url);
    }
    const unknownPartner = await admin.http.post('/v1/admin/partners/NOBODY_X/webhook-subscriptions', {
      url: 'https://hooks.partner.example/los',
      eventTypes: ['application.created'],
    });
    assert.deepEqual([unknownPartner.status, unknownPartner.body.code], [422, 'UNKNOWN_CHANNEL_PARTNER']);
    const byAgent = await agent.http.post(`/v1/admin/partners/${partnerCode}/webhook-subscriptions`, {
      url: 'https://hooks.partner.example/los',
      eventTypes: ['application.created'],
    });
    assert.equal(byAgent.status, 403);
  });
});
