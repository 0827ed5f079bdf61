import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PartnerStatus } from '../../contract/canonical.js';
import { PartnerError, PartnerErrorCode } from '../../contract/partner-error.js';
import { FIXTURE_APPLICANT, FIXTURE_ASK, FIXTURE_DISBURSAL, scriptedFetch } from '../../testing/canonical-fixtures.js';
import { LendwiseAdapter } from './lendwise.adapter.js';
import { signLendwise } from './lendwise-signature.js';

const ctx = { requestId: 'req-1', correlationId: 'corr-1' };
const sutWith = (answers: Parameters<typeof scriptedFetch>[0], now = () => 1_700_000_000_000) => {
  const { fetchFn, calls } = scriptedFetch(answers);
  const sut = new LendwiseAdapter({
    code: 'LENDWISE',
    baseUrl: 'https://lw.test/api/',
    credentials: { apiKey: 'key-1', webhookSecret: 'whsec' },
    fetchFn,
    now,
  });
  return { sut, calls };
};
const rejects = (promise: Promise<unknown>, code: PartnerErrorCode, extra: Partial<PartnerError> = {}) =>
  assert.rejects(
    promise,
    (error: unknown) =>
      error instanceof PartnerError && error.code === code && Object.entries(extra).every(([k, v]) => (error as any)[k] === v),
  );

const applicantPayload = {
  referenceId: 'APP-0001',
  fullName: 'Priya Raman',
  dateOfBirth: '1990-06-15',
  pan: 'ABCPR1234K',
  mobile: '9876543210',
  email: 'priya@example.in',
  employmentType: 'salaried',
  monthlyIncome: 85000.5,
  existingEmi: 5000,
  pincode: '560001',
  city: 'Bengaluru',
  state: 'Karnataka',
  creditScore: 760,
  loanAmount: 300000,
  tenureMonths: 24,
  purpose: 'home renovation',
};

describe('LendwiseAdapter', () => {
  it('sends the exact quote payload with the API key and idempotency key, and parses an approval', async () => {
    const { sut, calls } = sutWith([
      {
        status: 200,
        body: {
          quoteId: 'LWQ-1',
          outcome: 'approved',
          offer: { amount: 300000, tenureMonths: 24, interestRate: 14.5, processingFee: 6000 },
          expiresAt: '2026-12-01T00:00:00.000Z',
        },
      },
    ]);
    const quote = await sut.quote(FIXTURE_APPLICANT, FIXTURE_ASK, ctx);
    assert.equal(calls[0]!.url, 'https://lw.test/api/v1/quotes');
    assert.equal(calls[0]!.method, 'POST');
    assert.equal(calls[0]!.headers['x-api-key'], 'key-1');
    assert.equal(calls[0]!.headers['idempotency-key'], 'req-1');
    assert.deepEqual(calls[0]!.body, applicantPayload);
    assert.deepEqual(quote, {
      partnerQuoteId: 'LWQ-1',
      decision: 'APPROVED',
      amount: '300000.00',
      tenureMonths: 24,
      annualRatePercent: '14.50',
      processingFee: '6000.00',
      validUntil: '2026-12-01T00:00:00.000Z',
    });
  });

  it('parses a declined quote with its reasons', async () => {
    const { sut } = sutWith([
      { status: 200, body: { quoteId: 'LWQ-2', outcome: 'declined', reasons: ['INCOME_BELOW_MINIMUM'], expiresAt: 'x' } },
    ]);
    assert.deepEqual(await sut.quote(FIXTURE_APPLICANT, FIXTURE_ASK, ctx), {
      partnerQuoteId: 'LWQ-2',
      decision: 'DECLINED',
      declineReasons: ['INCOME_BELOW_MINIMUM'],
    });
  });

  it('sends submit, accept and disbursal payloads exactly and maps their statuses', async () => {
    const { sut, calls } = sutWith([
      { status: 201, body: { applicationId: 'LW-APP-1', status: 'in_review' } },
      { status: 200, body: { applicationId: 'LW-APP-1', status: 'approved' } },
      { status: 201, body: { applicationId: 'LW-APP-1', disbursalId: 'LW-DSB-1', status: 'disbursing' } },
      { status: 200, body: { applicationId: 'LW-APP-1', disbursalId: 'LW-DSB-1', status: 'disbursed', utr: 'UTR123' } },
    ]);
    assert.deepEqual(await sut.submitApplication(FIXTURE_APPLICANT, FIXTURE_ASK, 'LWQ-1', ctx), {
      partnerReference: 'LW-APP-1',
      status: PartnerStatus.UnderReview,
    });
    assert.deepEqual(calls[0]!.body, { ...applicantPayload, quoteId: 'LWQ-1' });
    assert.deepEqual(await sut.acceptOffer('LW-APP-1', 'LWQ-1', ctx), { partnerReference: 'LW-APP-1', status: PartnerStatus.Approved });
    assert.equal(calls[1]!.url, 'https://lw.test/api/v1/applications/LW-APP-1/accept');
    assert.deepEqual(calls[1]!.body, { quoteId: 'LWQ-1' });
    assert.deepEqual(await sut.requestDisbursal({ ...FIXTURE_DISBURSAL, partnerReference: 'LW-APP-1' }, ctx), {
      partnerReference: 'LW-APP-1',
      disbursalReference: 'LW-DSB-1',
      status: PartnerStatus.DisbursalInitiated,
    });
    assert.deepEqual(calls[2]!.body, {
      referenceId: 'APP-0001',
      amount: 295500,
      beneficiary: { accountNumber: '50100123456789', ifsc: 'HDFC0001234', accountHolderName: 'Priya Raman' },
    });
    assert.deepEqual(await sut.disbursalStatus('LW-APP-1', ctx), {
      partnerReference: 'LW-APP-1',
      disbursalReference: 'LW-DSB-1',
      status: PartnerStatus.Disbursed,
      utr: 'UTR123',
    });
    assert.equal(calls[3]!.method, 'GET');
    assert.equal(calls[3]!.url, 'https://lw.test/api/v1/applications/LW-APP-1/disbursal');
  });

  it('asks for the application status with a GET and no body, and maps its status', async () => {
    const { sut, calls } = sutWith([{ status: 200, body: { applicationId: 'LW-APP-1', status: 'approved' } }]);
    assert.deepEqual(await sut.applicationStatus('LW-APP-1', ctx), { partnerReference: 'LW-APP-1', status: PartnerStatus.Approved });
    assert.deepEqual([calls[0]!.method, calls[0]!.url, calls[0]!.body], ['GET', 'https://lw.test/api/v1/applications/LW-APP-1', undefined]);
  });

  it('maps every error answer to its PartnerError', async () => {
    const error = (status: number, headers?: Record<string, string>) => ({
      status,
      headers,
      body: { error: { code: 'X', message: 'why' } },
    });
    const { sut } = sutWith([
      error(503),
      error(429, { 'retry-after': '4' }),
      error(400),
      error(401),
      error(404),
      error(504),
      new TypeError('fetch failed'),
      { status: 200, body: 'not json' },
      { status: 200, body: { applicationId: 'A', status: 'on_hold' } },
      { status: 200, body: { quoteId: 'Q', outcome: 'approved' } },
    ]);
    const call = () => sut.quote(FIXTURE_APPLICANT, FIXTURE_ASK, ctx);
    await rejects(call(), PartnerErrorCode.Unavailable, { retryable: true });
    await rejects(call(), PartnerErrorCode.RateLimited, { retryAfterSeconds: 4, retryable: true });
    await rejects(call(), PartnerErrorCode.Rejected, { retryable: false, message: 'LENDWISE answered 400: X: why' });
    await rejects(call(), PartnerErrorCode.AuthFailed, { retryable: false });
    await rejects(call(), PartnerErrorCode.NotFound, { retryable: false });
    await rejects(call(), PartnerErrorCode.Timeout, { retryable: true });
    await rejects(call(), PartnerErrorCode.Unavailable, { retryable: true });
    await rejects(call(), PartnerErrorCode.BadResponse);
    await rejects(sut.acceptOffer('A', 'Q', ctx), PartnerErrorCode.UnknownStatus, { retryable: false });
    await rejects(call(), PartnerErrorCode.BadResponse);
  });

  it('verifies the Stripe-style signature: valid, tampered, wrong key, stale, missing', () => {
    const now = 1_700_000_000_000;
    const { sut } = sutWith([], () => now);
    const rawBody = Buffer.from(
      JSON.stringify({ id: 'evt_1', createdAt: '2026-11-26T10:00:00Z', data: { applicationId: 'LW-APP-1', status: 'approved' } }),
    );
    const at = (seconds: number, secret = 'whsec') => ({
      headers: { 'Lendwise-Signature': signLendwise(rawBody, secret, seconds) },
      rawBody,
    });
    const nowSeconds = now / 1000;
    sut.verifyWebhook(at(nowSeconds));
    sut.verifyWebhook(at(nowSeconds - 300));
    const invalid = (webhook: { headers: Record<string, string>; rawBody: Buffer }) =>
      assert.throws(
        () => sut.verifyWebhook(webhook),
        (e: unknown) => e instanceof PartnerError && e.code === PartnerErrorCode.WebhookSignatureInvalid,
      );
    invalid({ ...at(nowSeconds), rawBody: Buffer.from(rawBody.toString().replace('approved', 'declined')) });
    invalid(at(nowSeconds, 'other-secret'));
    invalid(at(nowSeconds - 301));
    invalid(at(nowSeconds + 301));
    invalid({ headers: {}, rawBody });
    invalid({ headers: { 'lendwise-signature': 'v1=abc' }, rawBody });
    assert.deepEqual(sut.parseWebhook(at(nowSeconds)), [
      { eventId: 'evt_1', partnerReference: 'LW-APP-1', status: PartnerStatus.Approved, occurredAt: '2026-11-26T10:00:00Z' },
    ]);
  });

  it('refuses an unknown status word in a webhook', () => {
    const { sut } = sutWith([]);
    const rawBody = Buffer.from(JSON.stringify({ id: 'evt_2', createdAt: 'x', data: { applicationId: 'A', status: 'paused' } }));
    assert.throws(
      () => sut.parseWebhook({ headers: {}, rawBody }),
      (e: unknown) => e instanceof PartnerError && e.code === PartnerErrorCode.UnknownStatus,
    );
  });
});
