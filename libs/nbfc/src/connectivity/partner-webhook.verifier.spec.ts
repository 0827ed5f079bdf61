import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AppException } from '@los/common';
import { PartnerStatus, type PartnerWebhookRequest } from '@los/contracts';
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

function setup(verify: (webhook: InboundWebhook) => void, webhooks = true) {
  const records: PartnerCallRecord[] = [];
  const adapter = {
    capabilities: { liveQuotes: true, webhooks, pollingOnly: false },
    verifyWebhook: verify,
    parseWebhook: () => [
      { eventId: 'E1', partnerReference: 'LW-1', status: PartnerStatus.Approved, occurredAt: '2026-01-01T00:00:00.000Z', raw: {} },
    ],
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
