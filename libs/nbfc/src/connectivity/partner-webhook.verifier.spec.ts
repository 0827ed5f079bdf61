import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AppException } from '@los/common';
import { PartnerStatus, type PartnerWebhookRequest } from '@los/contracts';
import type { PartnerEvent } from '../contract/canonical.js';
import type { InboundWebhook, NbfcAdapter } from '../contract/nbfc-adapter.js';
import { PartnerError, PartnerErrorCode } from '../contract/partner-error.js';
import type { LivePartners } from './live-partners.registry.js';
import type { PartnerCallRecord } from './recording-nbfc-adapter.js';
import { PartnerWebhookVerifier } from './partner-webhook.verifier.js';

const BODY = { event: 'loan.approved', reference: 'LW-1', pan: 'ABCPR1234K', signature: 'xyz' };
const request: PartnerWebhookRequest = {
  partnerCode: 'AURUM_PRIME',
  headers: { 'lendwise-signature': 't=1,v1=ab' },
  rawBodyBase64: Buffer.from(JSON.stringify(BODY)).toString('base64'),
  correlationId: 'corr-9',
};

const APPROVED: PartnerEvent = {
  eventId: 'E1',
  partnerReference: 'LW-1',
  status: PartnerStatus.Approved,
  occurredAt: '2026-01-01T05:30:00+05:30',
};

function setup(verify: (webhook: InboundWebhook) => void, webhooks = true, events: PartnerEvent[] = [APPROVED]) {
  const records: PartnerCallRecord[] = [];
  const adapter = {
    capabilities: { liveQuotes: true, webhooks, pollingOnly: false },
    verifyWebhook: verify,
    parseWebhook: () => events,
  } as unknown as NbfcAdapter;
  const live = { adapterOf: (code: string) => (code === 'AURUM_PRIME' ? adapter : undefined) } as unknown as LivePartners;
  const sut = new PartnerWebhookVerifier(live, { record: async (call) => void records.push(call) });
  return { sut, records };
}

describe('PartnerWebhookVerifier', () => {
  it('answers the authentic events and keeps the webhook, redacted, in the trail', async () => {
    const { sut, records } = setup(() => undefined);
    assert.deepEqual(await sut.verify(request), [
      { eventId: 'E1', partnerReference: 'LW-1', status: PartnerStatus.Approved, occurredAt: '2026-01-01T00:00:00.000Z' },
    ]);
    assert.deepEqual(
      [records[0]!.operation, records[0]!.outcome, records[0]!.correlationId, records[0]!.request],
      ['webhook', 'SUCCESS', 'corr-9', { event: 'loan.approved', reference: 'LW-1', pan: 'XXXXXX234K' }],
    );
  });

  it('turns a bad signature into WEBHOOK_SIGNATURE_INVALID and records the failure', async () => {
    const { sut, records } = setup(() => {
      throw new PartnerError(
        PartnerErrorCode.WebhookSignatureInvalid,
        'webhook signature invalid: no matching v1 signature',
        'AURUM_PRIME',
      );
    });
    await assert.rejects(
      sut.verify(request),
      (error: unknown) => error instanceof AppException && error.code === 'WEBHOOK_SIGNATURE_INVALID',
    );
    assert.deepEqual([records[0]!.outcome, records[0]!.errorCode, records[0]!.response], ['ERROR', 'WEBHOOK_SIGNATURE_INVALID', null]);
    const stored = records[0]!.request as { bodyBytes: number; bodySha256: string; fieldNames: string[]; headerNames: string[] };
    assert.deepEqual(
      [stored.bodyBytes, stored.bodySha256.length, stored.fieldNames, stored.headerNames],
      [Buffer.from(request.rawBodyBase64, 'base64').length, 64, ['event', 'reference', 'pan', 'signature'], ['lendwise-signature']],
    );
    assert.ok(!/loan\.approved|ABCPR|xyz|t=1/.test(JSON.stringify(stored)), 'no body or header value of a refused webhook is kept');
  });

  it('refuses an authentic event whose fields do not fit with PARTNER_EVENT_INVALID, keeping only its summary', async () => {
    const longId = { ...APPROVED, eventId: `E${'1'.repeat(200)}` };
    const disbursedBare = { ...APPROVED, status: PartnerStatus.Disbursed };
    for (const event of [longId, disbursedBare, { ...APPROVED, occurredAt: '0000-00-00' }]) {
      const { sut, records } = setup(() => undefined, true, [event]);
      await assert.rejects(
        sut.verify(request),
        (error: unknown) => error instanceof AppException && error.code === 'PARTNER_EVENT_INVALID' && error.statusCode === 422,
      );
      assert.deepEqual([records[0]!.errorCode, records[0]!.response], ['PARTNER_EVENT_INVALID', null]);
      assert.ok('bodySha256' in (records[0]!.request as object));
    }
  });

  it('answers PARTNER_EVENT_STALE for an event outside the partner freshness window', async () => {
    const { sut, records } = setup(() => {
      throw new PartnerError(PartnerErrorCode.EventStale, 'webhook event refused: stale', 'AURUM_PRIME');
    });
    await assert.rejects(sut.verify(request), (error: unknown) => error instanceof AppException && error.code === 'PARTNER_EVENT_STALE');
    assert.equal(records[0]!.errorCode, 'PARTNER_EVENT_STALE');
  });

  it('refuses a partner without a webhook-capable connection before reading anything', async () => {
    const { sut, records } = setup(() => undefined, false);
    for (const partnerCode of ['AURUM_PRIME', 'NO_SUCH_LENDER'])
      await assert.rejects(
        sut.verify({ ...request, partnerCode }),
        (error: unknown) => error instanceof AppException && error.code === 'PARTNER_NOT_CONNECTED',
      );
    assert.equal(records.length, 0);
  });
});
