import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import createClient, { type Client } from 'openapi-fetch';
import type { components, paths } from '../generated/gateway-api.js';
import { magicPan, person, registerIdentity, SANDBOX_OTP, type Person } from '../support/kyc-fixtures.js';
import { TEST_ADMIN } from '../support/gateway-users.js';
import { eventually } from '../support/eventually.js';
import { conformanceRecorder, type OpenApiDocument } from '../support/openapi-conformance.js';
import { EVERY_SERVICE, TestSuite } from '../support/test-suite.js';

type Api = Client<paths>;
type ApplicationView = components['schemas']['ApplicationView'];
type ErrorCode = components['schemas']['ErrorCode'];

/**
 * The borrower journey and the staff routes driven only through the client generated from the gateway's
 * own OpenAPI document (openapi-typescript types + openapi-fetch), as a front-end team would. It compiles
 * under the project's strict tsconfig against test/generated/gateway-api.d.ts, so a route, field or type
 * the server changes without the document fails the build; and every answer is held to the schema the
 * served /docs-json gives for its operation and status, so a field the document lacks fails the test.
 */
describe('the generated API client drives the borrower journey and the staff routes', () => {
  let suite: TestSuite;
  let baseUrl: string;
  let recorder: ReturnType<typeof conformanceRecorder>;
  let anonymous: Api;
  let borrower: Api;
  let admin: Api;
  let who: Person;
  let application: ApplicationView;

  const clientWith = (token?: string): Api => {
    const client = createClient<paths>({ baseUrl, headers: token ? { Authorization: `Bearer ${token}` } : {} });
    client.use(recorder.middleware);
    return client;
  };

  before(async () => {
    suite = await TestSuite.start('apiclient', EVERY_SERVICE, {
      THROTTLE_AUTH_LIMIT: '1000',
      SWEEP_INTERVAL_MS: '500',
      COMMAND_DEADLINE_MS: '20000',
    });
    baseUrl = suite.app('gateway').url;
    const served = await fetch(`${baseUrl}/docs-json`);
    assert.equal(served.status, 200);
    recorder = conformanceRecorder((await served.json()) as OpenApiDocument);
    anonymous = clientWith();
    who = person({ pan: magicPan(780) });
    await registerIdentity(suite.app('sandbox').http, who);
  });
  after(() => suite?.stop());

  it('prices a loan on the public EMI calculator', async () => {
    const { data, error, response } = await anonymous.POST('/v1/emi/preview', {
      body: { principal: '200000.00', annualRatePercent: 14, tenureMonths: 24, processingFeeFlat: '1000', includeSchedule: true },
    });
    assert.equal(response.status, 200, JSON.stringify(error));
    assert.ok(data && Number(data.emi) > 0 && data.apr > 14, JSON.stringify(data));
    assert.equal(data.currency, 'INR');
    assert.match(data.emi, /^\d+\.\d{2}$/);
    assert.equal(data.schedule?.length, 24);
    assert.match(response.headers.get('ratelimit') ?? '', /^"preview";r=\d+;t=\d+$/, 'the preview limit is documented and sent');
    assert.match(response.headers.get('ratelimit-policy') ?? '', /^"preview";q=\d+;w=\d+$/);
  });

  it('registers and signs in a borrower', async () => {
    const email = `client-${randomBytes(4).toString('hex')}@example.in`;
    const password = `pw-${randomBytes(4).toString('hex')}-secret`;
    const registered = await anonymous.POST('/v1/auth/register', { body: { email, password, fullName: who.name, mobile: '9876543210' } });
    assert.equal(registered.response.status, 201, JSON.stringify(registered.error));
    const login = await anonymous.POST('/v1/auth/login', { body: { email, password } });
    assert.equal(login.response.status, 200, JSON.stringify(login.error));
    borrower = clientWith(login.data!.accessToken);

    const wrong = await anonymous.POST('/v1/auth/login', { body: { email, password: 'not-the-password-1' } });
    const code: ErrorCode | undefined = wrong.error?.code;
    assert.deepEqual([wrong.response.status, code], [401, 'INVALID_CREDENTIALS']);
  });

  it('creates an application once for one Idempotency-Key and reads it back', async () => {
    const key = randomUUID();
    const body = {
      applicant: {
        fullName: who.name,
        dob: who.dob,
        mobile: '9876543210',
        email: 'asha@example.in',
        pan: who.pan,
        employmentType: 'SALARIED' as const,
        monthlyIncome: '120000.00',
        existingEmiMonthly: '5000',
        pincode: who.address.pincode,
        city: who.address.city,
        state: who.address.state,
      },
      loan: { amount: '250000.00', tenureMonths: 36, purpose: 'Home renovation' },
    };
    const created = await borrower.POST('/v1/applications', { params: { header: { 'Idempotency-Key': key } }, body });
    assert.equal(created.response.status, 201, JSON.stringify(created.error));
    application = created.data!;
    assert.equal(application.status, 'LEAD_CREATED');
    assert.equal(created.response.headers.get('location'), `/v1/applications/${application.id}`);
    const replayed = await borrower.POST('/v1/applications', { params: { header: { 'Idempotency-Key': key } }, body });
    assert.equal(replayed.data?.id, application.id);
    assert.equal(replayed.response.headers.get('idempotent-replayed'), 'true');
    assert.equal(replayed.response.headers.get('location'), `/v1/applications/${application.id}`);
    const notJson = await borrower.POST('/v1/applications', {
      body,
      bodySerializer: (value) => JSON.stringify(value),
      headers: { 'Content-Type': 'text/plain' },
    });
    assert.deepEqual([notJson.response.status, notJson.error?.code], [415, 'UNSUPPORTED_MEDIA_TYPE']);

    assert.deepEqual([application.currency, application.loan.amount], ['INR', '250000.00']);

    const read = await borrower.GET('/v1/applications/{id}', { params: { path: { id: application.id } } });
    assert.equal(read.data?.applicant.pan, application.applicant.pan);
    const etag = read.response.headers.get('etag');
    assert.ok(etag, 'the read carries an ETag');
    const unchanged = await borrower.GET('/v1/applications/{id}', {
      params: { path: { id: application.id }, header: { 'If-None-Match': etag } },
    });
    assert.deepEqual([unchanged.response.status, unchanged.response.headers.get('etag')], [304, etag]);
    const page = await borrower.GET('/v1/applications', { params: { query: { limit: 10, status: 'LEAD_CREATED' } } });
    assert.deepEqual([page.data?.items.map((item) => item.id), page.data?.hasMore, page.data?.nextCursor], [[application.id], false, null]);
    const badCursor = await borrower.GET('/v1/applications', { params: { query: { after: 'not-a-cursor' } } });
    assert.deepEqual([badCursor.response.status, badCursor.error?.code], [400, 'INVALID_CURSOR']);
    const missing = await borrower.GET('/v1/applications/{id}', { params: { path: { id: randomUUID() } } });
    assert.deepEqual([missing.response.status, missing.error?.code], [404, 'NOT_FOUND']);
  });

  it('registers a document and gets its pre-signed upload form', async () => {
    const upload = await borrower.POST('/v1/applications/{id}/documents', {
      params: { path: { id: application.id } },
      body: { type: 'SALARY_SLIP', contentType: 'application/pdf', sizeBytes: 2048 },
    });
    assert.equal(upload.response.status, 201, JSON.stringify(upload.error));
    assert.equal(upload.data?.upload.method, 'POST');
    assert.ok(upload.data?.upload.fields.key?.startsWith(`applications/${application.id}/`));
    const listed = await borrower.GET('/v1/applications/{id}/documents', { params: { path: { id: application.id } } });
    assert.deepEqual(
      listed.data?.map((document) => [document.id, document.status]),
      [[upload.data!.id, 'PENDING_UPLOAD']],
    );
  });

  it('completes KYC in two steps: the Aadhaar OTP, then the details with the OTP', async () => {
    const path = { id: application.id };
    const otp = await borrower.POST('/v1/applications/{id}/kyc/aadhaar-otp', { params: { path }, body: { aadhaar: who.aadhaar } });
    assert.equal(otp.response.status, 201, JSON.stringify(otp.error));
    assert.equal(otp.data?.aadhaarLast4, who.aadhaar.slice(-4));
    const submitted = await borrower.POST('/v1/applications/{id}/kyc', {
      params: { path },
      body: {
        otpRequestId: otp.data!.otpRequestId,
        otp: SANDBOX_OTP,
        pan: who.pan,
        fullName: who.name,
        dob: who.dob,
        gender: who.gender,
        address: who.address,
        consent: { given: true, textVersion: 'kyc-consent-v1', at: new Date().toISOString() },
      },
    });
    assert.equal(submitted.response.status, 202, JSON.stringify(submitted.error));
    const deadline = Date.now() + 45_000;
    let kyc = await borrower.GET('/v1/applications/{id}/kyc', { params: { path } });
    // kyc-service records the check when the command reaches it: until then the read answers 404.
    while ((kyc.response.status === 404 || kyc.data?.status === 'IN_PROGRESS') && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 300));
      kyc = await borrower.GET('/v1/applications/{id}/kyc', { params: { path } });
    }
    assert.equal(kyc.data?.status, 'VERIFIED', JSON.stringify(kyc.data ?? kyc.error));
    const { components: parts, sources } = kyc.data!;
    assert.ok((parts.name.pan ?? 0) >= 80, JSON.stringify(parts));
    assert.deepEqual(sources.map((source) => source.source).sort(), ['AADHAAR', 'CKYC', 'PAN']);
  });

  it('lists offers, accepts the cheapest and reads its Key Fact Statement', async () => {
    const path = { id: application.id };
    // Offers are computed by a durable command once KYC is verified: wait for the application to say so. The gateway
    // learns of the KYC result by an event, so it may still say KYC_IN_PROGRESS when kyc-service already says VERIFIED.
    const deadline = Date.now() + 30_000;
    let read = await borrower.GET('/v1/applications/{id}', { params: { path } });
    while (['KYC_IN_PROGRESS', 'KYC_VERIFIED'].includes(read.data?.status ?? '') && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 300));
      read = await borrower.GET('/v1/applications/{id}', { params: { path } });
    }
    assert.equal(read.data?.status, 'OFFERS_READY', JSON.stringify(read.data ?? read.error));
    const offers = await borrower.GET('/v1/applications/{id}/offers', { params: { path } });
    assert.equal(offers.response.status, 200, JSON.stringify(offers.error));
    const best = offers.data!.find((row) => row.eligible && row.offer);
    assert.ok(best?.offer, JSON.stringify(offers.data));
    const unknownOffer = await borrower.POST('/v1/applications/{id}/offers/{offerId}/accept', {
      params: { path: { id: application.id, offerId: randomUUID() } },
    });
    assert.deepEqual([unknownOffer.response.status, unknownOffer.error?.code], [404, 'OFFER_NOT_FOUND']);
    const accepted = await borrower.POST('/v1/applications/{id}/offers/{offerId}/accept', {
      params: { path: { id: application.id, offerId: best.offer.offerId } },
    });
    assert.equal(accepted.response.status, 200, JSON.stringify(accepted.error));
    assert.equal(accepted.data?.lender.code, best.partnerCode);
    assert.deepEqual([accepted.data?.currency, accepted.data?.terms.amount], ['INR', best.offer.amount]);
    assert.ok(accepted.data?.schedule.every((row) => /^\d{4}-\d{2}-\d{2}$/.test(row.dueDate ?? '')));
    assert.ok(accepted.data?.lender.grievance.email.includes('@'));
    const kfs = await borrower.GET('/v1/applications/{id}/kfs', { params: { path, query: { format: 'json' } } });
    assert.equal(kfs.data?.offerId, best.offer.offerId);
    const kfsTag = kfs.response.headers.get('etag');
    assert.ok(kfsTag, 'the KFS carries an ETag');
    const kfsAgain = await borrower.GET('/v1/applications/{id}/kfs', { params: { path, header: { 'If-None-Match': kfsTag } } });
    assert.equal(kfsAgain.response.status, 304);
    await eventually(
      () => borrower.GET('/v1/applications/{id}', { params: { path } }),
      (r) => r.data?.status !== 'OFFER_ACCEPTED' && r.data?.status !== 'UNDERWRITING',
      { what: 'our credit decision' },
    );
    const decision = await borrower.GET('/v1/applications/{id}/decision', { params: { path } });
    assert.equal(decision.response.status, 200, JSON.stringify(decision.error));
    assert.equal(decision.data?.decision, 'APPROVE');
    const timeline = await borrower.GET('/v1/applications/{id}/timeline', { params: { path } });
    assert.deepEqual(
      timeline.data?.map((entry) => entry.to),
      ['LEAD_CREATED', 'KYC_IN_PROGRESS', 'KYC_VERIFIED', 'OFFERS_READY', 'OFFER_ACCEPTED', 'UNDERWRITING', 'LENDER_REVIEW'],
    );
  });

  it('drives the staff routes: users, partners and their rules, matching, stuck applications', async () => {
    const login = await anonymous.POST('/v1/auth/login', { body: TEST_ADMIN });
    assert.equal(login.response.status, 200, JSON.stringify(login.error));
    admin = clientWith(login.data!.accessToken);

    const email = `ops-${randomBytes(4).toString('hex')}@lender.in`;
    const opsPassword = `pw-${randomBytes(4).toString('hex')}-secret`;
    const user = await admin.POST('/v1/users', { body: { email, password: opsPassword, fullName: 'Ops Person', role: 'ops' } });
    assert.equal(user.response.status, 201, JSON.stringify(user.error));
    assert.equal(user.data?.email, email);
    const forbidden = await borrower.GET('/v1/admin/partners');
    assert.deepEqual([forbidden.response.status, forbidden.error?.code], [403, 'FORBIDDEN']);

    const partners = await admin.GET('/v1/admin/partners');
    assert.equal(partners.response.status, 200, JSON.stringify(partners.error));
    const partner = partners.data!.find((p) => p.status === 'ACTIVE');
    assert.ok(partner, JSON.stringify(partners.data));
    const code = { code: partner.code };
    const rules = await admin.GET('/v1/admin/partners/{code}/rules', { params: { path: code } });
    assert.equal(rules.data?.current.version, partner.currentVersion);
    const published = await admin.POST('/v1/admin/partners/{code}/rules', {
      params: { path: code },
      body: { rules: rules.data!.current.rules, reason: 'Republished unchanged by the API client test' },
    });
    assert.equal(published.response.status, 201, JSON.stringify(published.error));
    assert.equal(published.data?.version, partner.currentVersion + 1);
    const diff = await admin.GET('/v1/admin/partners/{code}/rules/diff', {
      params: { path: code, query: { from: partner.currentVersion, to: published.data!.version } },
    });
    assert.deepEqual(diff.data?.changes, []);
    const window = { from: new Date(Date.now() - 3_600_000).toISOString(), to: new Date().toISOString() };
    const sla = await admin.GET('/v1/admin/partners/{code}/sla', { params: { path: code, query: window } });
    assert.equal(sla.response.status, 200, JSON.stringify(sla.error));
    assert.deepEqual([sla.data?.partnerCode, sla.data?.from, sla.data?.to], [partner.code, window.from, window.to]);

    const names = await admin.POST('/v1/kyc/name-match', { body: { name1: 'Asha Verma', name2: 'A. Verma' } });
    assert.equal(names.response.status, 200, JSON.stringify(names.error));
    assert.ok(names.data!.reasons.every((reason) => reason.code.length > 0 && reason.detail.length > 0));
    const stuck = await admin.GET('/v1/ops/stuck-applications', { params: { query: { limit: 10 } } });
    assert.equal(stuck.response.status, 200, JSON.stringify(stuck.error));
    assert.equal(stuck.data?.limit, 10);

    const opsLogin = await anonymous.POST('/v1/auth/login', { body: { email, password: opsPassword } });
    assert.equal(opsLogin.response.status, 200, JSON.stringify(opsLogin.error));
    const ops = clientWith(opsLogin.data!.accessToken);
    const reviews = await ops.GET('/v1/kyc-reviews', { params: { query: { limit: 5 } } });
    assert.equal(reviews.response.status, 200, JSON.stringify(reviews.error));
    const noReview = await ops.POST('/v1/kyc-reviews/{applicationId}/claim', { params: { path: { applicationId: randomUUID() } } });
    assert.deepEqual([noReview.response.status, noReview.error?.code], [404, 'NOT_FOUND']);
  });

  it('got only answers the document describes', () => {
    assert.deepEqual(recorder.problems, []);
    assert.ok(recorder.checked() >= 25, `${recorder.checked()} answers checked`);
  });
});
