import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PartnerStatus } from '../../contract/canonical.js';
import { PartnerErrorCode } from '../../contract/partner-error.js';
import { signDetached, verifyDetached } from './detached-jws.js';
import { OceanAdapter } from './ocean.adapter.js';
import { oceanApplicant, oceanAsk, rsaKeyPair } from './ocean.fixtures.js';

const ours = rsaKeyPair();
const theirs = rsaKeyPair();
const stranger = rsaKeyPair();
const NOW = new Date('2026-01-15T10:00:00.000Z');
const context = { requestId: 'req-1', correlationId: 'corr-1' };

interface Answer {
  status: number;
  body: string;
  sign?: 'theirs' | 'stranger' | 'none';
  tamper?: boolean;
  headers?: Record<string, string>;
}

function partner(answer: Answer) {
  const sent: { url: string; init: RequestInit }[] = [];
  const fetch = (async (url: string, init: RequestInit) => {
    sent.push({ url, init });
    const key = answer.sign === 'stranger' ? stranger.privateKeyPem : theirs.privateKeyPem;
    const signature: Record<string, string> =
      answer.sign === 'none' ? {} : { 'x-jws-signature': signDetached(answer.body, key, 'ocean-1') };
    const body = answer.tamper ? answer.body.replace('OL-1', 'OL-2') : answer.body;
    return new Response(body, { status: answer.status, headers: { 'content-type': 'application/json', ...signature, ...answer.headers } });
  }) as unknown as typeof globalThis.fetch;
  const sut = new OceanAdapter({
    baseUrl: 'http://ocean.test',
    keyId: 'los-1',
    privateKeyPem: ours.privateKeyPem,
    partnerPublicKeyPem: theirs.publicKeyPem,
    fetch,
    now: () => NOW,
  });
  return { sent, sut };
}

const received = JSON.stringify({ requestId: 'req-1', loanApplicationId: 'OL-1', status: 'LOAN_APPLICATION_RECEIVED' });

describe('OceanAdapter', () => {
  it('declares callbacks', () => {
    assert.deepEqual(partner({ status: 200, body: '{}' }).sut.capabilities, { liveQuotes: true, webhooks: true, pollingOnly: false });
  });

  it('signs the exact body it sends with our key, detached', async () => {
    const { sent, sut } = partner({ status: 200, body: received });
    assert.deepEqual(await sut.submitApplication(oceanApplicant, oceanAsk, 'OQ-1', context), {
      partnerReference: 'OL-1',
      status: PartnerStatus.Received,
    });
    const { url, init } = sent[0];
    assert.equal(url, 'http://ocean.test/loan-applications');
    const headers = init.headers as Record<string, string>;
    assert.equal(headers['content-type'], 'application/json');
    assert.equal(headers['x-request-id'], 'req-1');
    assert.match(headers['x-jws-signature'], /^[A-Za-z0-9_-]+\.\.[A-Za-z0-9_-]+$/);
    assert.deepEqual(verifyDetached(headers['x-jws-signature'], String(init.body), ours.publicKeyPem), { alg: 'RS256', kid: 'los-1' });
    const body = JSON.parse(String(init.body));
    assert.equal(body.requestId, 'req-1');
    assert.equal(body.timestamp, '2026-01-15T10:00:00.000Z');
    assert.equal(body.quoteId, 'OQ-1');
  });

  it('polls the loan application with a signed GET and maps its status', async () => {
    const { sent, sut } = partner({ status: 200, body: JSON.stringify({ loanApplicationId: 'OL-1', status: 'OFFER_APPROVED' }) });
    assert.deepEqual(await sut.applicationStatus('OL-1', context), { partnerReference: 'OL-1', status: PartnerStatus.Approved });
    assert.equal(sent[0].url, 'http://ocean.test/loan-applications/OL-1');
    assert.equal(sent[0].init.body, undefined);
  });

  it('signs an empty payload on GET', async () => {
    const body = JSON.stringify({ loanApplicationId: 'OL-1', disbursementId: 'OD-1', status: 'DISBURSEMENT_INITIATED' });
    const { sent, sut } = partner({ status: 200, body });
    assert.deepEqual(await sut.disbursalStatus('OL-1', context), {
      partnerReference: 'OL-1',
      disbursalReference: 'OD-1',
      status: PartnerStatus.DisbursalInitiated,
    });
    assert.equal(sent[0].url, 'http://ocean.test/loan-applications/OL-1/disbursement');
    assert.equal(sent[0].init.body, undefined);
    assert.ok(verifyDetached((sent[0].init.headers as Record<string, string>)['x-jws-signature'], '', ours.publicKeyPem));
  });

  for (const [name, answer] of [
    ['unsigned', { status: 200, body: received, sign: 'none' }],
    ['tampered', { status: 200, body: received, tamper: true }],
    ['signed by another key', { status: 200, body: received, sign: 'stranger' }],
  ] as [string, Answer][]) {
    it(`refuses a response ${name} as SignatureInvalid, not retryable`, async () => {
      await assert.rejects(partner(answer).sut.acceptOffer('OL-1', 'OQ-1', context), (e: { code: string; retryable: boolean }) => {
        assert.equal(e.code, PartnerErrorCode.SignatureInvalid);
        assert.equal(e.retryable, false);
        return true;
      });
    });
  }

  const errors: [number, string, PartnerErrorCode][] = [
    [400, 'INVALID_REQUEST', PartnerErrorCode.Rejected],
    [409, 'DUPLICATE_REQUEST_ID', PartnerErrorCode.Rejected],
    [401, 'SIGNATURE_INVALID', PartnerErrorCode.AuthFailed],
    [404, 'NOT_FOUND', PartnerErrorCode.NotFound],
    [422, 'NEW_CODE', PartnerErrorCode.Rejected],
  ];
  for (const [status, code, expected] of errors) {
    it(`maps a signed ${status} ${code} to ${expected}`, async () => {
      const body = JSON.stringify({ error: { code, message: 'refused' } });
      await assert.rejects(partner({ status, body }).sut.quote(oceanApplicant, oceanAsk, context), {
        code: expected,
        partnerCode: 'OCEAN',
      });
    });
  }

  it('reads unsigned error answers by their status and body', async () => {
    const body = '{"error":{"code":"INVALID_REQUEST","message":"x"}}';
    await assert.rejects(partner({ status: 400, body, sign: 'none' }).sut.quote(oceanApplicant, oceanAsk, context), {
      code: PartnerErrorCode.Rejected,
    });
    await assert.rejects(partner({ status: 404, body: '<html/>', sign: 'none' }).sut.quote(oceanApplicant, oceanAsk, context), {
      code: PartnerErrorCode.NotFound,
    });
  });

  it('maps unsigned 5xx and 429 to retryable errors', async () => {
    await assert.rejects(partner({ status: 503, body: 'down', sign: 'none' }).sut.quote(oceanApplicant, oceanAsk, context), {
      code: PartnerErrorCode.Unavailable,
    });
    await assert.rejects(partner({ status: 504, body: '', sign: 'none' }).sut.quote(oceanApplicant, oceanAsk, context), {
      code: PartnerErrorCode.Timeout,
    });
    await assert.rejects(
      partner({ status: 429, body: '', sign: 'none', headers: { 'retry-after': '3' } }).sut.quote(oceanApplicant, oceanAsk, context),
      {
        code: PartnerErrorCode.RateLimited,
        retryAfterSeconds: 3,
      },
    );
  });

  describe('callbacks', () => {
    const { sut } = partner({ status: 200, body: '{}' });
    const callback = (overrides: object = {}) =>
      Buffer.from(
        JSON.stringify({
          callbackId: 'cb-1',
          loanApplicationId: 'OL-1',
          status: 'OFFER_APPROVED',
          timestamp: '2026-01-15T09:59:00.000Z',
          ...overrides,
        }),
      );
    const signed = (rawBody: Buffer, key = theirs.privateKeyPem) => ({
      headers: { 'x-jws-signature': signDetached(rawBody, key, 'ocean-1') },
      rawBody,
    });

    it('accepts a fresh callback signed by OCEAN and parses it', () => {
      const webhook = signed(callback());
      assert.doesNotThrow(() => sut.verifyWebhook(webhook));
      assert.deepEqual(sut.parseWebhook(webhook), [
        { eventId: 'cb-1', partnerReference: 'OL-1', status: PartnerStatus.Approved, occurredAt: '2026-01-15T09:59:00.000Z' },
      ]);
    });

    it('refuses tampered, foreign-signed, unsigned and stale callbacks', () => {
      const original = signed(callback());
      const cases = [
        { headers: original.headers, rawBody: callback({ status: 'DISBURSED' }) },
        signed(callback(), stranger.privateKeyPem),
        { headers: {}, rawBody: callback() },
        { headers: { 'x-jws-signature': [] as string[] }, rawBody: callback() },
        signed(callback({ timestamp: '2026-01-15T09:50:00.000Z' })),
        signed(callback({ timestamp: undefined })),
        signed(Buffer.from('not json')),
      ];
      for (const webhook of cases) {
        assert.throws(
          () => sut.verifyWebhook(webhook),
          (e: { code: string; retryable: boolean }) => e.code === PartnerErrorCode.WebhookSignatureInvalid && !e.retryable,
        );
      }
    });
  });
});
