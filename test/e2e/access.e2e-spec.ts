import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applicationBody, type TestUser } from '../support/gateway-users.js';
import { TestSuite } from '../support/test-suite.js';

const MISSING_ID = '3f5c1a9e-8d27-4b61-9c0e-7a2b5d4e6f10';
const PUBLIC_ROUTES = new Set([
  'POST /v1/auth/register',
  'POST /v1/auth/login',
  'POST /v1/auth/refresh',
  'POST /v1/emi/preview',
  'POST /v1/partners/{partnerCode}/webhooks',
]);
const withoutRequestId = (body: Record<string, unknown>) => ({ ...body, requestId: undefined });

describe('access control over HTTP', () => {
  let suite: TestSuite;
  const users: Record<string, TestUser> = {};

  before(async () => {
    suite = await TestSuite.start('access', [{ service: 'gateway' }], { THROTTLE_AUTH_LIMIT: '1000' });
    users.applicantA = await suite.users.applicant('a');
    users.applicantB = await suite.users.applicant('b');
    users.agentP1 = await suite.users.withRole('partner_agent', 'PARTNER_ONE');
    users.agentP2 = await suite.users.withRole('partner_agent', 'PARTNER_TWO');
    users.underwriter = await suite.users.withRole('underwriter');
    users.ops = await suite.users.withRole('ops');
    users.admin = await suite.users.adminUser();
  });
  after(() => suite?.stop());

  const create = async (user: TestUser, overrides = {}) => {
    const response = await user.http.post('/v1/applications', applicationBody(overrides));
    assert.equal(response.status, 201, JSON.stringify(response.body));
    return response.body as { id: string };
  };

  it('requires a token on every documented route except the public ones', async () => {
    const document = (await suite.app('gateway').http.get('/docs-json')).body;
    let checked = 0;
    for (const [path, operations] of Object.entries<Record<string, unknown>>(document.paths)) {
      for (const method of Object.keys(operations)) {
        const route = `${method.toUpperCase()} ${path}`;
        const concrete = path.replace(/\{[^}]+\}/g, MISSING_ID);
        const response = await suite
          .app('gateway')
          .http.request<any>(
            method.toUpperCase(),
            concrete,
            method === 'get' ? undefined : '{}',
            method === 'get' ? {} : { 'content-type': 'application/json' },
          );
        checked++;
        if (PUBLIC_ROUTES.has(route)) assert.notEqual(response.status, 401, route);
        else assert.deepEqual([response.status, response.body.code], [401, 'UNAUTHORIZED'], route);
      }
    }
    assert.ok(checked >= 10, `walked ${checked} routes`);
  });

  it('documents every route with a success schema and its error responses in the one error shape', async () => {
    const document = (await suite.app('gateway').http.get('/docs-json')).body;
    const operations = Object.entries<Record<string, { responses: Record<string, { content?: object }> }>>(document.paths).flatMap(
      ([path, methods]) => Object.entries(methods).map(([method, operation]) => ({ route: `${method} ${path}`, operation })),
    );
    for (const { route, operation } of operations) {
      const statuses = Object.keys(operation.responses);
      const success = statuses.find((status) => status.startsWith('2'));
      assert.ok(success, `${route} documents a success response`);
      if (success !== '204') assert.ok(operation.responses[success!].content, `${route} has a success schema`);
      const errors = statuses.filter((status) => status.startsWith('4'));
      assert.ok(errors.length > 0, `${route} documents its errors`);
      for (const status of errors) {
        assert.match(JSON.stringify(operation.responses[status]), /"#\/components\/schemas\/ErrorBody"/, `${route} ${status}`);
      }
    }
    assert.ok(document.components.schemas.CreateApplicationDto, 'request bodies have schemas');
  });

  it('grants each role exactly its permissions', async () => {
    const expectations: [string, string, () => Promise<number>, boolean][] = [];
    for (const role of Object.keys(users)) {
      const user = users[role];
      expectations.push(
        [role, 'create user', async () => (await user.http.post('/v1/users', {})).status, role === 'admin'],
        [
          role,
          'create application',
          async () => (await user.http.post('/v1/applications', {})).status,
          !['underwriter', 'ops'].includes(role),
        ],
        [role, 'list applications', async () => (await user.http.get('/v1/applications')).status, true],
        [
          role,
          'run a probe',
          async () => (await user.http.post('/v1/system/probes', { workMs: 'x' })).status,
          ['ops', 'admin'].includes(role),
        ],
        [role, 'cancel', async () => (await user.http.post(`/v1/applications/${MISSING_ID}/cancel`, {})).status, role !== 'underwriter'],
      );
    }
    for (const [role, action, call, allowed] of expectations) {
      const status = await call();
      if (allowed) assert.notEqual(status, 403, `${role} may ${action}`);
      else assert.equal(status, 403, `${role} may not ${action}`);
    }
  });

  it("hides one applicant's application, timeline and cancel from another, exactly like a missing one", async () => {
    const { id } = await create(users.applicantA);
    for (const path of [`/v1/applications/${id}`, `/v1/applications/${id}/timeline`]) {
      const theirs = await users.applicantB.http.get(path);
      const missing = await users.applicantB.http.get(path.replace(id, MISSING_ID));
      assert.equal(theirs.status, 404, path);
      assert.deepEqual(withoutRequestId(theirs.body), withoutRequestId(missing.body));
    }
    const cancel = await users.applicantB.http.post(`/v1/applications/${id}/cancel`, {});
    assert.equal(cancel.status, 404);
    assert.equal((await users.applicantA.http.get(`/v1/applications/${id}`)).body.status, 'LEAD_CREATED');
    const listB = await users.applicantB.http.get('/v1/applications');
    assert.ok(!listB.body.items.some((item: { id: string }) => item.id === id));
  });

  it('keeps partner agents to their own partner', async () => {
    const mine = await create(users.agentP1);
    const viaApplicant = await create(users.applicantA, { channelPartnerCode: 'PARTNER_ONE' });
    const other = await create(users.agentP2);
    assert.equal((await users.agentP1.http.get(`/v1/applications/${mine.id}`)).status, 200);
    assert.equal((await users.agentP1.http.get(`/v1/applications/${viaApplicant.id}`)).status, 200);
    assert.equal((await users.agentP1.http.get(`/v1/applications/${other.id}`)).status, 404);
    const list = await users.agentP1.http.get('/v1/applications?limit=100');
    assert.ok(list.body.items.every((item: { channelPartnerCode: string }) => item.channelPartnerCode === 'PARTNER_ONE'));
    const forged = await users.agentP1.http.post('/v1/applications', applicationBody({ channelPartnerCode: 'PARTNER_TWO' }));
    assert.equal(forged.status, 403);
  });

  it('shows staff every application with the full PAN, and others a masked one', async () => {
    const { id } = await create(users.applicantA);
    const staff = await users.underwriter.http.get(`/v1/applications/${id}`);
    assert.equal(staff.body.applicant.pan, 'ABCPV1234F');
    const owner = await users.applicantA.http.get(`/v1/applications/${id}`);
    assert.equal(owner.body.applicant.pan, 'AB******4F');
    const list = await users.ops.http.get('/v1/applications?limit=100');
    assert.ok(list.body.total >= 4);
  });
});
