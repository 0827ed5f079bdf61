import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Agent, request } from 'node:http';
import { sendRaw, type RawResult } from '../support/raw-http.js';
import { TestSuite } from '../support/test-suite.js';

const PUBLIC_ROUTES = ['/v1/auth/refresh', '/v1/auth/login', '/v1/auth/register', '/v1/emi/preview'];
const MAX_REFUSAL_MS = 500;
// Parsing the attack's body on the event loop stalls every probe for several hundred ms; a loaded 2-core machine adds
// tens of ms of scheduling noise to a healthy probe. The bound tells the two apart (the latency target is a bench's).
const MAX_PROBE_MS = 250;
const MAX_ERROR_BODY_BYTES = 2_048;

/** `{"k0":0,"k1":0,...}`: 0.98 MB, 90,000 keys, the body of the reported attack. */
function manyKeys(count: number): Buffer {
  const parts: string[] = [];
  for (let i = 0; i < count; i++) parts.push(`"k${i}":0`);
  return Buffer.from(`{${parts.join(',')}}`);
}

// Probes reuse their connections, as a load balancer's health checks do: the time measured is the gateway's.
const probeAgent = new Agent({ keepAlive: true, maxSockets: 4 });

/** GET /health/live, timed from the request to the end of the answer. */
function probeLive(baseUrl: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    request(new URL('/health/live', baseUrl), { agent: probeAgent }, (res) => {
      res.resume();
      res.once('end', () => (res.statusCode === 200 ? resolve(performance.now() - started) : reject(new Error(`live ${res.statusCode}`))));
    })
      .once('error', reject)
      .end();
  });
}

const parsed = (result: RawResult) => JSON.parse(result.text) as { statusCode: number; code: string; message: string };

describe('security: bounded work per request (finding 1)', () => {
  let suite: TestSuite;
  let gatewayUrl: string;
  const body90k = manyKeys(90_000);

  before(async () => {
    suite = await TestSuite.start('secbody', [{ service: 'gateway' }], { THROTTLE_AUTH_LIMIT: '1000', THROTTLE_PREVIEW_LIMIT: '1000' });
    gatewayUrl = suite.app('gateway').url;
  });
  after(async () => {
    probeAgent.destroy();
    await suite?.stop();
  });

  it('refuses the 90,000-key body on every public route at once, while /health/live keeps answering quickly', async (t) => {
    assert.ok(body90k.length > 950_000 && body90k.length < 1_048_576, `${body90k.length} bytes, under the global 1 MB limit`);
    const delayedProbe = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)).then(() => probeLive(gatewayUrl));
    for (let i = 0; i < 5; i++) await probeLive(gatewayUrl); // warms the probes' connections and the code paths
    const probes: number[] = [];
    const refusals: Array<{ route: string; result: RawResult }> = [];
    for (let round = 0; round < 5; round++) {
      // Probes leave while the four bodies are on their way, so each one overlaps the attack.
      const [results, roundProbes] = await Promise.all([
        Promise.all(PUBLIC_ROUTES.map((path) => sendRaw(gatewayUrl, { path, body: body90k }))),
        Promise.all([0, 2, 5, 10].map(delayedProbe)),
      ]);
      results.forEach((result, i) => refusals.push({ route: PUBLIC_ROUTES[i], result }));
      probes.push(...roundProbes);
    }

    for (const { route, result } of refusals) {
      assert.equal(result.status, 413, `${route}: ${result.text}`);
      assert.equal(parsed(result).code, 'PAYLOAD_TOO_LARGE', route);
      assert.ok(result.ms < MAX_REFUSAL_MS, `${route} refused in ${result.ms.toFixed(0)} ms`);
      assert.ok(result.text.length < MAX_ERROR_BODY_BYTES, `${route}: error body of ${result.text.length} bytes`);
    }
    const slowest = Math.max(...probes);
    t.diagnostic(
      `slowest refusal ${Math.max(...refusals.map((r) => r.result.ms)).toFixed(0)} ms; slowest of ${probes.length} probes ${slowest.toFixed(1)} ms`,
    );
    assert.ok(slowest < MAX_PROBE_MS, `slowest /health/live during the attack: ${slowest.toFixed(1)} ms (of ${probes.length})`);
  });

  it('refuses a streamed body without Content-Length on a public route once it passes the route limit', async () => {
    const result = await sendRaw(gatewayUrl, {
      path: '/v1/auth/login',
      body: { chunk: Buffer.alloc(16_384, 0x20), totalBytes: 20 * 1024 * 1024 },
    });
    assert.deepEqual([result.status, parsed(result).code], [413, 'PAYLOAD_TOO_LARGE']);
    assert.ok(result.bytesSent < 20 * 1024 * 1024, `answered after ${result.bytesSent} of 20 MB`);
  });

  it('still serves a normal login and EMI-size body on the limited routes', async () => {
    const user = await suite.users.applicant();
    const login = await suite.app('gateway').http.post('/v1/auth/login', { email: user.email, password: user.password });
    assert.equal(login.status, 200);
  });

  it('refuses a body over the key or depth budget before validation, on a route with the 1 MB limit', async () => {
    const admin = await suite.users.adminUser();
    const auth = { authorization: `Bearer ${admin.token}` };
    const wide = await sendRaw(gatewayUrl, { path: '/v1/system/probes', headers: auth, body: body90k });
    assert.deepEqual([wide.status, parsed(wide).code], [400, 'PAYLOAD_TOO_COMPLEX'], wide.text);
    assert.ok(wide.ms < MAX_REFUSAL_MS, `refused in ${wide.ms.toFixed(0)} ms`);
    assert.ok(wide.text.length < MAX_ERROR_BODY_BYTES, `error body of ${wide.text.length} bytes`);

    const unauthenticated = await sendRaw(gatewayUrl, { path: '/v1/system/probes', body: body90k });
    assert.deepEqual([unauthenticated.status, parsed(unauthenticated).code], [400, 'PAYLOAD_TOO_COMPLEX']);

    let deep: unknown = 1;
    for (let i = 0; i < 40; i++) deep = { d: deep };
    const nested = await admin.http.post('/v1/system/probes', deep);
    assert.deepEqual([nested.status, nested.body.code], [400, 'PAYLOAD_TOO_COMPLEX']);
  });

  it('answers many unknown fields within the budget with a bounded error body', async () => {
    const admin = await suite.users.adminUser();
    const result = await sendRaw(gatewayUrl, {
      path: '/v1/system/probes',
      headers: { authorization: `Bearer ${admin.token}` },
      body: manyKeys(4_000),
    });
    const error = parsed(result);
    assert.deepEqual([result.status, error.code], [400, 'VALIDATION_FAILED']);
    assert.match(error.message, /^property k0 should not exist; .*; and 3990 more$/);
    assert.ok(result.text.length < MAX_ERROR_BODY_BYTES, `error body of ${result.text.length} bytes`);
  });
});
