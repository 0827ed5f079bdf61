import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PartnerStatus } from '../../contract/canonical.js';
import { PartnerErrorCode } from '../../contract/partner-error.js';
import { KuberAdapter } from './kuber.adapter.js';
import { kuberApplicant, kuberAsk } from './kuber.fixtures.js';

interface Sent {
  url: string;
  init: RequestInit;
}

function fakeFetch(status: number, body: string, headers: Record<string, string> = {}) {
  const sent: Sent[] = [];
  const fetch = (async (url: string, init: RequestInit) => {
    sent.push({ url, init });
    return new Response(body, { status, headers: { 'content-type': 'application/xml', ...headers } });
  }) as unknown as typeof globalThis.fetch;
  return { sent, fetch };
}

const context = { requestId: 'req-1', correlationId: 'corr-1' };
const adapter = (fetch: typeof globalThis.fetch) =>
  new KuberAdapter({ baseUrl: 'http://kuber.test/api/', apiKey: 'key-1', partnerId: 'LOS', fetch });
const error = (code: string, message = 'no') => `<Error><Code>${code}</Code><Message>${message}</Message></Error>`;

describe('KuberAdapter', () => {
  it('declares polling only', () => {
    assert.deepEqual(adapter(fakeFetch(200, '').fetch).capabilities, { liveQuotes: true, webhooks: false, pollingOnly: true });
  });

  it('posts XML with its key and our ids, and reads the answer', async () => {
    const { sent, fetch } = fakeFetch(200, '<ApplicationResponse><LoanRef>KL-9</LoanRef><Status>UWIP</Status></ApplicationResponse>');
    const result = await adapter(fetch).submitApplication(kuberApplicant, kuberAsk, 'KQ-1', context);
    assert.deepEqual(result, { partnerReference: 'KL-9', status: PartnerStatus.UnderReview });
    assert.equal(sent[0].url, 'http://kuber.test/api/applications');
    assert.equal(sent[0].init.method, 'POST');
    assert.deepEqual(sent[0].init.headers, {
      accept: 'application/xml',
      'content-type': 'application/xml',
      'x-kuber-api-key': 'key-1',
      'x-kuber-partner-id': 'LOS',
      'x-request-id': 'req-1',
      'x-correlation-id': 'corr-1',
    });
    assert.match(
      String(sent[0].init.body),
      /^<\?xml version="1.0" encoding="UTF-8"\?><ApplicationRequest><RequestId>req-1<\/RequestId><QuoteId>KQ-1<\/QuoteId>/,
    );
  });

  it('polls the application with a GET and no body', async () => {
    const { sent, fetch } = fakeFetch(200, '<ApplicationResponse><LoanRef>KL 9</LoanRef><Status>SANC</Status></ApplicationResponse>');
    assert.deepEqual(await adapter(fetch).applicationStatus('KL 9', context), { partnerReference: 'KL 9', status: PartnerStatus.Approved });
    assert.equal(sent[0].url, 'http://kuber.test/api/applications/KL%209');
    assert.equal(sent[0].init.method, 'GET');
    assert.equal(sent[0].init.body, undefined);
  });

  it('polls the disbursal with a GET and no body', async () => {
    const { sent, fetch } = fakeFetch(
      200,
      '<DisbursalResponse><LoanRef>KL 9</LoanRef><Status>DISB_DONE</Status><Utr>U1</Utr></DisbursalResponse>',
    );
    assert.deepEqual(await adapter(fetch).disbursalStatus('KL 9', context), {
      partnerReference: 'KL 9',
      status: PartnerStatus.Disbursed,
      utr: 'U1',
    });
    assert.equal(sent[0].url, 'http://kuber.test/api/applications/KL%209/disbursal');
    assert.equal(sent[0].init.method, 'GET');
    assert.equal(sent[0].init.body, undefined);
  });

  const cases: [number, string, PartnerErrorCode, boolean][] = [
    [400, error('INVALID_REQUEST'), PartnerErrorCode.Rejected, false],
    [409, error('INVALID_STATE'), PartnerErrorCode.Rejected, false],
    [401, error('AUTH_FAILED'), PartnerErrorCode.AuthFailed, false],
    [403, '', PartnerErrorCode.AuthFailed, false],
    [404, error('NOT_FOUND'), PartnerErrorCode.NotFound, false],
    [422, error('SOMETHING_NEW'), PartnerErrorCode.Rejected, false],
    [503, error('SYSTEM_BUSY'), PartnerErrorCode.Unavailable, true],
    [502, '<html>bad gateway</html>', PartnerErrorCode.Unavailable, true],
    [504, '', PartnerErrorCode.Timeout, true],
    // KUBER sometimes answers 200 with an error body
    [200, error('NOT_FOUND'), PartnerErrorCode.NotFound, false],
  ];
  for (const [status, body, code, retryable] of cases) {
    it(`maps HTTP ${status} ${body.slice(0, 30)} to ${code}`, async () => {
      await assert.rejects(
        adapter(fakeFetch(status, body).fetch).acceptOffer('KL-1', 'KQ-1', context),
        (e: { code: string; retryable: boolean; partnerCode: string }) => {
          assert.equal(e.code, code);
          assert.equal(e.retryable, retryable);
          assert.equal(e.partnerCode, 'KUBER');
          return true;
        },
      );
    });
  }

  it('carries Retry-After on 429', async () => {
    await assert.rejects(
      adapter(fakeFetch(429, error('RATE_LIMITED'), { 'retry-after': '7' }).fetch).quote(kuberApplicant, kuberAsk, context),
      {
        code: PartnerErrorCode.RateLimited,
        retryAfterSeconds: 7,
      },
    );
  });

  it('maps aborts to timeouts and network failures to unavailable', async () => {
    const aborting = (async () => {
      throw new DOMException('aborted', 'AbortError');
    }) as unknown as typeof fetch;
    await assert.rejects(adapter(aborting).quote(kuberApplicant, kuberAsk, context), { code: PartnerErrorCode.Timeout });
    const refused = (async () => {
      throw new TypeError('fetch failed');
    }) as unknown as typeof fetch;
    await assert.rejects(adapter(refused).quote(kuberApplicant, kuberAsk, context), { code: PartnerErrorCode.Unavailable });
  });

  it('passes the caller signal to fetch', async () => {
    const { sent, fetch } = fakeFetch(200, '<ApplicationResponse><LoanRef>KL-9</LoanRef><Status>SANC</Status></ApplicationResponse>');
    const controller = new AbortController();
    await adapter(fetch).acceptOffer('KL-9', 'KQ-1', { ...context, signal: controller.signal });
    assert.equal(sent[0].init.signal, controller.signal);
  });

  it('refuses webhooks: KUBER has none', () => {
    const sut = adapter(fakeFetch(200, '').fetch);
    const webhook = { headers: {}, rawBody: Buffer.from('<x/>') };
    assert.throws(
      () => sut.verifyWebhook(webhook),
      (e: { code: string; retryable: boolean; message: string }) =>
        e.code === PartnerErrorCode.WebhookSignatureInvalid && !e.retryable && /does not send webhooks/.test(e.message),
    );
    assert.throws(() => sut.parseWebhook(webhook), { code: PartnerErrorCode.WebhookSignatureInvalid });
  });
});
