import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PartnerStatus } from '../../contract/canonical.js';
import { PartnerError, PartnerErrorCode } from '../../contract/partner-error.js';
import { FIXTURE_APPLICANT, FIXTURE_ASK, FIXTURE_DISBURSAL, scriptedFetch } from '../../testing/canonical-fixtures.js';
import { NorthstarAdapter } from './northstar.adapter.js';
import { signNorthstar } from './northstar-signature.js';

const ctx = { requestId: 'req-1', correlationId: 'corr-1' };
const token = (name: string, expiresIn = 3600) => ({
  status: 200,
  body: { access_token: name, token_type: 'Bearer', expires_in: expiresIn },
});
const sutWith = (answers: Parameters<typeof scriptedFetch>[0], clock = { now: 1_000_000 }) => {
  const { fetchFn, calls } = scriptedFetch(answers);
  const sut = new NorthstarAdapter({
    code: 'NORTHSTAR',
    baseUrl: 'https://ns.test',
    credentials: { clientId: 'cid', clientSecret: 'csecret', webhookSecret: 'whsec' },
    fetchFn,
    now: () => clock.now,
  });
  return { sut, calls, clock };
};
const eligible = {
  status: 200,
  body: {
    eligibility_id: 'NS-ELG-1',
    result: 'ELIGIBLE',
    indicative_offer: { sanctioned_amount: 300000, tenure_in_months: 24, roi_annual: 13.5, processing_fee: 4500 },
    valid_till: '2026-12-01T00:00:00Z',
  },
};
const rejects = (promise: Promise<unknown>, code: PartnerErrorCode, retryable?: boolean) =>
  assert.rejects(
    promise,
    (error: unknown) => error instanceof PartnerError && error.code === code && (retryable === undefined || error.retryable === retryable),
  );

const applicantPayload = {
  reference_id: 'APP-0001',
  applicant: {
    full_name: 'Priya Raman',
    date_of_birth: '1990-06-15',
    pan_number: 'ABCPR1234K',
    contact: { mobile_number: '9876543210', email_address: 'priya@example.in' },
    address: { pincode: '560001', city: 'Bengaluru', state: 'Karnataka' },
    employment: { type: 'SALARIED' },
    income: { monthly_amount: 85000.5, currency: 'INR' },
    obligations: { existing_emi_monthly: 5000 },
    bureau: { score: 760 },
  },
  loan_request: { principal_amount: 300000, tenure_in_months: 24, purpose: 'home renovation' },
};

describe('NorthstarAdapter', () => {
  it('gets a client-credentials token, then sends the exact nested snake_case eligibility payload', async () => {
    const { sut, calls } = sutWith([token('tok-1'), eligible]);
    const quote = await sut.quote(FIXTURE_APPLICANT, FIXTURE_ASK, ctx);
    assert.equal(calls[0]!.url, 'https://ns.test/oauth/token');
    assert.deepEqual(calls[0]!.body, { grant_type: 'client_credentials', client_id: 'cid', client_secret: 'csecret' });
    assert.equal(calls[1]!.url, 'https://ns.test/v1/eligibility');
    assert.equal(calls[1]!.headers.authorization, 'Bearer tok-1');
    assert.equal(calls[1]!.headers['x-idempotency-key'], 'req-1');
    assert.deepEqual(calls[1]!.body, applicantPayload);
    assert.deepEqual(quote, {
      partnerQuoteId: 'NS-ELG-1',
      decision: 'APPROVED',
      amount: '300000.00',
      tenureMonths: 24,
      annualRatePercent: '13.50',
      processingFee: '4500.00',
      validUntil: '2026-12-01T00:00:00Z',
    });
  });

  it('parses an ineligible answer into decline reasons', async () => {
    const { sut } = sutWith([
      token('t'),
      {
        status: 200,
        body: {
          eligibility_id: 'NS-ELG-2',
          result: 'INELIGIBLE',
          reasons: [{ code: 'FOIR_EXCEEDED', description: 'FOIR 61%' }],
          valid_till: 'x',
        },
      },
    ]);
    assert.deepEqual(await sut.quote(FIXTURE_APPLICANT, FIXTURE_ASK, ctx), {
      partnerQuoteId: 'NS-ELG-2',
      decision: 'DECLINED',
      declineReasons: ['FOIR_EXCEEDED'],
    });
  });

  it('sends application, acceptance and disbursement payloads exactly and maps their statuses', async () => {
    const { sut, calls } = sutWith([
      token('t'),
      { status: 202, body: { loan_application_id: 'NS-LA-1', status: 'PENDING_UNDERWRITING' } },
      { status: 200, body: { loan_application_id: 'NS-LA-1', status: 'OFFER_ACCEPTED' } },
      {
        status: 202,
        body: { loan_application_id: 'NS-LA-1', disbursement: { disbursement_id: 'NS-DSB-1', status: 'DISBURSEMENT_IN_PROGRESS' } },
      },
      {
        status: 200,
        body: { loan_application_id: 'NS-LA-1', disbursement: { disbursement_id: 'NS-DSB-1', status: 'DISBURSEMENT_FAILED' } },
      },
    ]);
    assert.deepEqual(await sut.submitApplication(FIXTURE_APPLICANT, FIXTURE_ASK, 'NS-ELG-1', ctx), {
      partnerReference: 'NS-LA-1',
      status: PartnerStatus.UnderReview,
    });
    assert.deepEqual(calls[1]!.body, { client_request_id: 'req-1', eligibility_id: 'NS-ELG-1', ...applicantPayload });
    assert.deepEqual(await sut.acceptOffer('NS-LA-1', 'NS-ELG-1', ctx), { partnerReference: 'NS-LA-1', status: PartnerStatus.Approved });
    assert.equal(calls[2]!.url, 'https://ns.test/v1/loan-applications/NS-LA-1/acceptance');
    assert.deepEqual(calls[2]!.body, { eligibility_id: 'NS-ELG-1', accepted: true });
    assert.deepEqual(await sut.requestDisbursal({ ...FIXTURE_DISBURSAL, partnerReference: 'NS-LA-1' }, ctx), {
      partnerReference: 'NS-LA-1',
      disbursalReference: 'NS-DSB-1',
      status: PartnerStatus.DisbursalInitiated,
    });
    assert.deepEqual(calls[3]!.body, {
      client_request_id: 'req-1',
      reference_id: 'APP-0001',
      disbursement: {
        amount: { value: 295500, currency: 'INR' },
        beneficiary: { account_number: '50100123456789', ifsc_code: 'HDFC0001234', account_holder: 'Priya Raman' },
      },
    });
    assert.deepEqual(await sut.disbursalStatus('NS-LA-1', ctx), {
      partnerReference: 'NS-LA-1',
      disbursalReference: 'NS-DSB-1',
      status: PartnerStatus.DisbursalFailed,
    });
  });

  it('asks for the loan application with a bearer GET and no body, and maps its status', async () => {
    const { sut, calls } = sutWith([token('tok-1'), { status: 200, body: { loan_application_id: 'NS-LA-1', status: 'SANCTIONED' } }]);
    assert.deepEqual(await sut.applicationStatus('NS-LA-1', ctx), { partnerReference: 'NS-LA-1', status: PartnerStatus.Approved });
    assert.deepEqual([calls[1]!.method, calls[1]!.url, calls[1]!.body], ['GET', 'https://ns.test/v1/loan-applications/NS-LA-1', undefined]);
    assert.equal(calls[1]!.headers.authorization, 'Bearer tok-1');
  });

  it('reuses its token until shortly before expiry, then fetches a new one (fake clock)', async () => {
    const { sut, calls, clock } = sutWith([token('tok-1', 600), eligible, eligible, token('tok-2', 600), eligible]);
    await sut.quote(FIXTURE_APPLICANT, FIXTURE_ASK, ctx);
    clock.now += 539_000; // 600 s lifetime, refreshed 60 s early
    await sut.quote(FIXTURE_APPLICANT, FIXTURE_ASK, ctx);
    clock.now += 2_000;
    await sut.quote(FIXTURE_APPLICANT, FIXTURE_ASK, ctx);
    assert.deepEqual(
      calls.map((c) => c.url.replace('https://ns.test', '')),
      ['/oauth/token', '/v1/eligibility', '/v1/eligibility', '/oauth/token', '/v1/eligibility'],
    );
    assert.equal(calls[4]!.headers.authorization, 'Bearer tok-2');
  });

  it('on a 401 refreshes the token and retries once, and gives up after a second 401', async () => {
    const unauthorized = { status: 401, body: { errors: [{ code: 'TOKEN_INVALID', detail: 'expired' }] } };
    const { sut, calls } = sutWith([token('tok-1'), unauthorized, token('tok-2'), eligible, unauthorized, token('tok-3'), unauthorized]);
    assert.equal((await sut.quote(FIXTURE_APPLICANT, FIXTURE_ASK, ctx)).decision, 'APPROVED');
    assert.equal(calls[3]!.headers.authorization, 'Bearer tok-2');
    await rejects(sut.quote(FIXTURE_APPLICANT, FIXTURE_ASK, ctx), PartnerErrorCode.AuthFailed, false);
    assert.equal(calls.length, 7);
  });

  it('maps error answers, including a refused token request', async () => {
    const error = (status: number, headers?: Record<string, string>) => ({
      status,
      headers,
      body: { errors: [{ code: 'E', detail: 'why' }] },
    });
    const { sut } = sutWith([
      { status: 400, body: { error: 'invalid_client' } },
      token('t'),
      error(500),
      error(429, { 'retry-after': '2' }),
      error(422),
      error(404),
      { status: 200, body: { loan_application_id: 'NS-LA-1', status: 'ON_HOLD' } },
    ]);
    await rejects(sut.quote(FIXTURE_APPLICANT, FIXTURE_ASK, ctx), PartnerErrorCode.AuthFailed, false);
    await rejects(sut.quote(FIXTURE_APPLICANT, FIXTURE_ASK, ctx), PartnerErrorCode.Unavailable, true);
    await assert.rejects(
      sut.quote(FIXTURE_APPLICANT, FIXTURE_ASK, ctx),
      (e: PartnerError) => e.code === PartnerErrorCode.RateLimited && e.retryAfterSeconds === 2,
    );
    await assert.rejects(
      sut.quote(FIXTURE_APPLICANT, FIXTURE_ASK, ctx),
      (e: PartnerError) => e.code === PartnerErrorCode.Rejected && e.message.includes('E: why'),
    );
    await rejects(sut.disbursalStatus('X', ctx), PartnerErrorCode.NotFound, false);
    await rejects(sut.acceptOffer('NS-LA-1', 'E', ctx), PartnerErrorCode.UnknownStatus, false);
  });

  const EVENT_AT = Date.parse('2026-11-26T10:00:00Z');
  const disbursedEvent = (
    occurredAt = '2026-11-26T10:00:00Z',
    payload: object = { utr: 'NSUTR1', amount: { value: 250000.5, currency: 'INR' } },
  ) =>
    Buffer.from(
      JSON.stringify({
        event_id: 'nse_1',
        event_type: 'loan_application.status_updated',
        loan_application_id: 'NS-LA-1',
        status: 'DISBURSED',
        occurred_at: occurredAt,
        payload,
      }),
    );

  it('verifies the HMAC header of the raw body and parses the event', () => {
    const { sut } = sutWith([], { now: EVENT_AT + 60_000 });
    const rawBody = disbursedEvent();
    const signed = { headers: { 'x-northstar-signature': signNorthstar(rawBody, 'whsec') }, rawBody };
    sut.verifyWebhook(signed);
    assert.deepEqual(sut.parseWebhook(signed), [
      {
        eventId: 'nse_1',
        partnerReference: 'NS-LA-1',
        status: PartnerStatus.Disbursed,
        occurredAt: '2026-11-26T10:00:00Z',
        details: { utr: 'NSUTR1', amount: '250000.5' },
      },
    ]);
    const invalid = (webhook: typeof signed) =>
      assert.throws(
        () => sut.verifyWebhook(webhook),
        (e: PartnerError) => e.code === PartnerErrorCode.WebhookSignatureInvalid,
      );
    invalid({ ...signed, rawBody: Buffer.from(rawBody.toString().replace('DISBURSED', 'DISBURSEMENT_FAILED')) });
    invalid({ headers: { 'x-northstar-signature': signNorthstar(rawBody, 'other') }, rawBody });
    invalid({ headers: {}, rawBody } as typeof signed);
    const unknown = Buffer.from(rawBody.toString().replace('"DISBURSED"', '"PARKED"'));
    assert.throws(
      () => sut.parseWebhook({ headers: {}, rawBody: unknown }),
      (e: PartnerError) => e.code === PartnerErrorCode.UnknownStatus,
    );
  });

  it('refuses a signed event dated outside its freshness window, as its signature covers no timestamp', () => {
    const sign = (rawBody: Buffer) => ({ headers: { 'x-northstar-signature': signNorthstar(rawBody, 'whsec') }, rawBody });
    const stale = (now: number, occurredAt = '2026-11-26T10:00:00Z') =>
      assert.throws(
        () => sutWith([], { now }).sut.verifyWebhook(sign(disbursedEvent(occurredAt))),
        (e: PartnerError) => e.code === PartnerErrorCode.EventStale,
      );
    stale(EVENT_AT + 365 * 86_400_000);
    stale(EVENT_AT + 10 * 60_000 + 1);
    stale(EVENT_AT - 5 * 60_000 - 1);
    sutWith([], { now: EVENT_AT + 10 * 60_000 }).sut.verifyWebhook(sign(disbursedEvent()));
    sutWith([], { now: EVENT_AT - 5 * 60_000 }).sut.verifyWebhook(sign(disbursedEvent()));
    assert.throws(
      () => sutWith([], { now: EVENT_AT }).sut.verifyWebhook(sign(disbursedEvent('0000-00-00'))),
      (e: PartnerError) => e.code === PartnerErrorCode.EventInvalid,
    );
  });

  it('reads a disbursed amount only in rupees', () => {
    const rawBody = disbursedEvent(undefined, { utr: 'NSUTR1', amount: { value: 100, currency: 'USD' } });
    assert.throws(
      () => sutWith([]).sut.parseWebhook({ headers: {}, rawBody }),
      (e: PartnerError) => e.code === PartnerErrorCode.EventInvalid,
    );
  });
});
