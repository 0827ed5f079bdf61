import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { PartnerStatus, type CanonicalApplicant, type LoanAsk, type PartnerEvent } from '../contract/canonical.js';
import type { CallContext, InboundWebhook, NbfcAdapter } from '../contract/nbfc-adapter.js';
import { PartnerError, PartnerErrorCode } from '../contract/partner-error.js';
import { validatePartnerEvent } from '../events/partner-event.validator.js';
import { WebhookSink } from './webhook-sink.js';

export interface ContractScenario {
  applicant: CanonicalApplicant;
  ask: LoanAsk;
}

/** The partner's simulator in the sandbox app, driven through `/lenders/<lenderCode>/admin/...`. */
export interface ContractSandbox {
  url: string;
  lenderCode: string;
  /** An applicant inside this lender's appetite, and one outside it. */
  approved: ContractScenario;
  declined: ContractScenario;
}

export interface ContractSubject {
  /** The bare adapter (no resilience wrapper), pointed at the sandbox lender. */
  adapter: NbfcAdapter;
  /** The same adapter with the wrong webhook secret. */
  wrongKeyAdapter: NbfcAdapter;
  sandbox: ContractSandbox;
}

const context = (requestId = randomUUID()): CallContext => ({ requestId, correlationId: `contract-${requestId}` });

async function expectPartnerError(call: () => unknown, code: PartnerErrorCode, retryable: boolean): Promise<PartnerError> {
  try {
    await call();
  } catch (error) {
    assert.ok(error instanceof PartnerError, `expected PartnerError, got ${String(error)}`);
    assert.equal(error.code, code, error.message);
    assert.equal(error.retryable, retryable);
    return error;
  }
  assert.fail(`expected PartnerError(${code})`);
}

async function eventually<T>(probe: () => Promise<T | undefined>, timeoutMs = 3_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) assert.fail('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * The one suite every NBFC adapter must pass against its sandbox lender. `subject` is called once,
 * in a `before` hook, so it may read URLs known only after the suite started.
 */
export function describeNbfcContract(name: string, subject: () => ContractSubject | Promise<ContractSubject>): void {
  describe(`NBFC contract: ${name}`, () => {
    let adapter: NbfcAdapter;
    let wrongKeyAdapter: NbfcAdapter;
    let sandbox: ContractSandbox;
    const sink = new WebhookSink();

    const admin = async (method: string, path: string, body?: unknown) => {
      const response = await fetch(`${sandbox.url}/lenders/${sandbox.lenderCode}/admin/${path}`, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      assert.ok(response.ok, `${method} admin/${path} answered ${response.status}`);
    };
    const setFault = (fault: object) => admin('PUT', 'faults', fault);
    const eventsOf = (webhook: InboundWebhook): PartnerEvent[] => {
      try {
        return adapter.parseWebhook(webhook);
      } catch {
        return [];
      }
    };
    const webhookWith = (partnerReference: string, status: PartnerStatus) =>
      sink.waitFor((webhook) => eventsOf(webhook).some((e) => e.partnerReference === partnerReference && e.status === status));

    /** Submits the approved scenario and waits for the partner's decision. */
    const approvedApplication = async () => {
      const { applicant, ask } = sandbox.approved;
      const quote = await adapter.quote(applicant, ask, context());
      const submitted = await adapter.submitApplication(applicant, ask, quote.partnerQuoteId, context());
      if (adapter.capabilities.webhooks) await webhookWith(submitted.partnerReference, PartnerStatus.Approved);
      return { quote, submitted };
    };
    const disbursalFor = (partnerReference: string) => ({
      applicationId: sandbox.approved.applicant.applicationId,
      partnerReference,
      amount: sandbox.approved.ask.amount,
      beneficiary: { accountNumber: '50100123456789', ifsc: 'HDFC0001234', name: sandbox.approved.applicant.fullName },
    });

    before(async () => {
      ({ adapter, wrongKeyAdapter, sandbox } = await subject());
      await admin('DELETE', 'faults');
      if (adapter.capabilities.webhooks) await admin('PUT', 'webhook-target', { url: await sink.start() });
    });
    after(async () => {
      await sink.stop();
    });

    it('quotes an applicant inside the appetite', async () => {
      const quote = await adapter.quote(sandbox.approved.applicant, sandbox.approved.ask, context());
      assert.equal(quote.decision, 'APPROVED');
      assert.ok(quote.partnerQuoteId);
      assert.match(quote.amount ?? '', /^\d+\.\d{2}$/);
      assert.match(quote.annualRatePercent ?? '', /^\d+\.\d{2}$/);
      assert.equal(quote.tenureMonths, sandbox.approved.ask.tenureMonths);
    });

    it('declines an applicant outside the appetite, with reasons', async () => {
      const quote = await adapter.quote(sandbox.declined.applicant, sandbox.declined.ask, context());
      assert.equal(quote.decision, 'DECLINED');
      assert.ok(quote.declineReasons && quote.declineReasons.length > 0);
      assert.equal(quote.amount, undefined);
    });

    it('submits idempotently on our requestId', async () => {
      const { applicant, ask } = sandbox.approved;
      const requestId = randomUUID();
      const first = await adapter.submitApplication(applicant, ask, undefined, context(requestId));
      const again = await adapter.submitApplication(applicant, ask, undefined, context(requestId));
      const other = await adapter.submitApplication(applicant, ask, undefined, context());
      assert.equal(again.partnerReference, first.partnerReference);
      assert.notEqual(other.partnerReference, first.partnerReference);
      assert.ok(Object.values(PartnerStatus).includes(first.status));
    });

    it('accepts an approved offer', async () => {
      const { quote, submitted } = await approvedApplication();
      const accepted = await adapter.acceptOffer(submitted.partnerReference, quote.partnerQuoteId, context());
      assert.equal(accepted.partnerReference, submitted.partnerReference);
      assert.equal(accepted.status, PartnerStatus.Approved);
    });

    it('requests a disbursal and reports it disbursed', async () => {
      const { quote, submitted } = await approvedApplication();
      await adapter.acceptOffer(submitted.partnerReference, quote.partnerQuoteId, context());
      const requestId = randomUUID();
      const requested = await adapter.requestDisbursal(disbursalFor(submitted.partnerReference), context(requestId));
      assert.equal(requested.partnerReference, submitted.partnerReference);
      assert.ok([PartnerStatus.DisbursalInitiated, PartnerStatus.Disbursed].includes(requested.status));
      const again = await adapter.requestDisbursal(disbursalFor(submitted.partnerReference), context(requestId));
      assert.equal(again.disbursalReference, requested.disbursalReference);
      const done = await eventually(async () => {
        const status = await adapter.disbursalStatus(submitted.partnerReference, context());
        return status.status === PartnerStatus.Disbursed ? status : undefined;
      });
      assert.ok(done.utr, 'a disbursed loan carries its UTR');
      if (adapter.capabilities.webhooks) {
        const webhook = await webhookWith(submitted.partnerReference, PartnerStatus.Disbursed);
        adapter.verifyWebhook(webhook);
        const [event] = adapter.parseWebhook(webhook);
        // What every DISBURSED event must carry before it moves an application: a positive amount and the UTR.
        const valid = validatePartnerEvent(event!, adapter.code, Date.now());
        assert.deepEqual([valid.details?.utr, Number(valid.details?.amount)], [done.utr, Number(sandbox.approved.ask.amount)]);
      }
    });

    it('verifies authentic webhooks and parses them, or declares it has none', async () => {
      if (!adapter.capabilities.webhooks) {
        assert.equal(adapter.capabilities.pollingOnly, true, 'an adapter without webhooks must be polling-only');
        return;
      }
      const { submitted } = await approvedApplication();
      const webhook = await webhookWith(submitted.partnerReference, PartnerStatus.Approved);
      adapter.verifyWebhook(webhook);
      const [event] = adapter.parseWebhook(webhook);
      assert.equal(event!.partnerReference, submitted.partnerReference);
      assert.ok(event!.eventId);
      assert.ok(!Number.isNaN(Date.parse(event!.occurredAt)));
    });

    it('refuses tampered webhooks and webhooks under another key', async () => {
      if (!adapter.capabilities.webhooks) {
        assert.equal(adapter.capabilities.pollingOnly, true);
        return;
      }
      const { submitted } = await approvedApplication();
      const webhook = await webhookWith(submitted.partnerReference, PartnerStatus.Approved);
      const tampered = {
        headers: webhook.headers,
        rawBody: Buffer.from(webhook.rawBody.toString('utf8').replace(submitted.partnerReference, `${submitted.partnerReference}X`)),
      };
      await expectPartnerError(() => adapter.verifyWebhook(tampered), PartnerErrorCode.WebhookSignatureInvalid, false);
      await expectPartnerError(
        () => adapter.verifyWebhook({ headers: {}, rawBody: webhook.rawBody }),
        PartnerErrorCode.WebhookSignatureInvalid,
        false,
      );
      await expectPartnerError(() => wrongKeyAdapter.verifyWebhook(webhook), PartnerErrorCode.WebhookSignatureInvalid, false);
    });

    it('refuses a status word outside its map, in answers and webhooks', async () => {
      const { quote, submitted } = await approvedApplication();
      await adapter.acceptOffer(submitted.partnerReference, quote.partnerQuoteId, context());
      await adapter.requestDisbursal(disbursalFor(submitted.partnerReference), context());
      await eventually(
        async () => (await adapter.disbursalStatus(submitted.partnerReference, context())).status === PartnerStatus.Disbursed || undefined,
      );
      await admin('PUT', `applications/${encodeURIComponent(submitted.partnerReference)}/status`, { status: 'teleported' });
      await expectPartnerError(() => adapter.disbursalStatus(submitted.partnerReference, context()), PartnerErrorCode.UnknownStatus, false);
      if (adapter.capabilities.webhooks) {
        const weird = await sink.waitFor((webhook) => webhook.rawBody.toString('utf8').includes('teleported'));
        adapter.verifyWebhook(weird);
        await expectPartnerError(() => adapter.parseWebhook(weird), PartnerErrorCode.UnknownStatus, false);
      } else {
        assert.equal(adapter.capabilities.pollingOnly, true);
      }
    });

    it('turns a partner 5xx into a retryable error', async () => {
      await adapter.quote(sandbox.approved.applicant, sandbox.approved.ask, context());
      await setFault({ mode: 'error', failNext: 1 });
      await expectPartnerError(
        () => adapter.quote(sandbox.approved.applicant, sandbox.approved.ask, context()),
        PartnerErrorCode.Unavailable,
        true,
      );
      const recovered = await adapter.quote(sandbox.approved.applicant, sandbox.approved.ask, context());
      assert.equal(recovered.decision, 'APPROVED');
    });

    it('turns a 429 into a retryable error carrying Retry-After', async () => {
      await setFault({ mode: 'rate_limit', failNext: 1, retryAfterSeconds: 7 });
      const error = await expectPartnerError(
        () => adapter.quote(sandbox.approved.applicant, sandbox.approved.ask, context()),
        PartnerErrorCode.RateLimited,
        true,
      );
      assert.equal(error.retryAfterSeconds, 7);
    });

    it('turns a partner 4xx into a non-retryable error', async () => {
      await setFault({ mode: 'reject', failNext: 1 });
      await expectPartnerError(
        () => adapter.quote(sandbox.approved.applicant, sandbox.approved.ask, context()),
        PartnerErrorCode.Rejected,
        false,
      );
      await expectPartnerError(() => adapter.disbursalStatus('NO-SUCH-REFERENCE', context()), PartnerErrorCode.NotFound, false);
    });
  });
}
