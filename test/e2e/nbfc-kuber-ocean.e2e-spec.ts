import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { PartnerStatus, type CanonicalApplicant, type LoanAsk } from '@los/nbfc';
import { PartnerError, PartnerErrorCode } from '@los/nbfc';
import { KuberAdapter } from '../../libs/nbfc/src/partners/kuber/index.js';
import { OceanAdapter, signDetached } from '../../libs/nbfc/src/partners/ocean/index.js';
import { rsaKeyPair } from '../../libs/nbfc/src/partners/ocean/ocean.fixtures.js';
import { describeNbfcContract, type ContractSandbox } from '../../libs/nbfc/src/testing/contract-kit.js';
import { WebhookSink } from '../../libs/nbfc/src/testing/webhook-sink.js';
import { eventually } from '../support/eventually.js';
import { TestSuite } from '../support/test-suite.js';

const KUBER_KEY = 'kuber_sandbox_key';
const applicant = (overrides: Partial<CanonicalApplicant> = {}): CanonicalApplicant => ({
  applicationId: `app-${randomUUID()}`,
  fullName: 'Meera Iyer',
  dob: '1991-06-15',
  pan: 'ABCPI4567M',
  mobile: '9876501234',
  email: 'meera@example.in',
  employmentType: 'SALARIED',
  monthlyIncome: '120000',
  existingEmiMonthly: '5000',
  pincode: '600001',
  city: 'Chennai',
  state: 'Tamil Nadu',
  bureauScore: 760,
  ...overrides,
});
const ask: LoanAsk = { amount: '200000.00', tenureMonths: 24, purpose: 'PERSONAL' };
const context = (requestId = randomUUID()) => ({ requestId, correlationId: `e2e-${requestId}` });
const beneficiary = (accountNumber = '50100123456789') => ({ accountNumber, ifsc: 'HDFC0001234', name: 'Meera Iyer' });

async function partnerError(call: () => Promise<unknown> | unknown, code: PartnerErrorCode): Promise<PartnerError> {
  try {
    await call();
  } catch (error) {
    assert.ok(error instanceof PartnerError, String(error));
    assert.equal(error.code, code, error.message);
    return error;
  }
  assert.fail(`expected PartnerError(${code})`);
}

describe('NBFC partners KUBER and OCEAN against their sandbox lenders', () => {
  let suite: TestSuite;
  let url: string;
  const ours = rsaKeyPair();
  const stranger = rsaKeyPair();
  let oceanPublicKeyPem: string;

  const kuber = (apiKey = KUBER_KEY) => new KuberAdapter({ baseUrl: `${url}/lenders/kuber`, apiKey, partnerId: 'LOS' });
  const ocean = (overrides: { privateKeyPem?: string; partnerPublicKeyPem?: string } = {}) =>
    new OceanAdapter({
      baseUrl: `${url}/lenders/ocean`,
      keyId: 'los-e2e',
      privateKeyPem: ours.privateKeyPem,
      partnerPublicKeyPem: oceanPublicKeyPem,
      ...overrides,
    });
  const admin = async (method: string, path: string, body?: unknown) =>
    fetch(`${url}/lenders/${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  before(async () => {
    suite = await TestSuite.start('nbfc34', [{ service: 'sandbox' }]);
    url = suite.app('sandbox').url;
    const key = (await (await admin('GET', 'ocean/admin/public-key')).json()) as { kid: string; publicKeyPem: string };
    assert.match(key.publicKeyPem, /BEGIN PUBLIC KEY/);
    oceanPublicKeyPem = key.publicKeyPem;
    assert.equal((await admin('PUT', 'ocean/admin/client-key', { publicKeyPem: ours.publicKeyPem })).status, 204);
  });
  after(() => suite?.stop());

  describe('KUBER (XML, paise, polling)', () => {
    it('quotes inside its appetite in rupees and declines outside it', async () => {
      const approved = await kuber().quote(applicant(), ask, context());
      assert.equal(approved.decision, 'APPROVED');
      assert.equal(approved.amount, '200000.00');
      assert.equal(approved.processingFee, '4000.00');
      assert.equal(approved.annualRatePercent, '14.50');
      assert.match(approved.validUntil ?? '', /^\d{4}-\d{2}-\d{2}$/);
      const lowScore = await kuber().quote(applicant({ bureauScore: 650 }), ask, context());
      assert.deepEqual([lowScore.decision, lowScore.declineReasons], ['DECLINED', ['SCORE_BELOW_700']]);
      const tooMuch = await kuber().quote(applicant(), { ...ask, amount: '500000.01' }, context());
      assert.deepEqual(tooMuch.declineReasons, ['AMOUNT_ABOVE_500000']);
    });

    it('submits idempotently on requestId, accepts, disburses and settles by polling', async () => {
      const sut = kuber();
      const quote = await sut.quote(applicant(), ask, context());
      const requestId = randomUUID();
      const submitted = await sut.submitApplication(applicant({ applicationId: 'app-k1' }), ask, quote.partnerQuoteId, context(requestId));
      const replayed = await sut.submitApplication(applicant({ applicationId: 'app-k1' }), ask, quote.partnerQuoteId, context(requestId));
      assert.deepEqual(replayed, submitted);
      assert.equal(submitted.status, PartnerStatus.UnderReview);
      const accepted = await sut.acceptOffer(submitted.partnerReference, quote.partnerQuoteId, context());
      assert.deepEqual(accepted, { partnerReference: submitted.partnerReference, status: PartnerStatus.Approved });

      const disbursal = {
        applicationId: 'app-k1',
        partnerReference: submitted.partnerReference,
        amount: '196000.00',
        beneficiary: beneficiary(),
      };
      const initiated = await sut.requestDisbursal(disbursal, context());
      assert.equal(initiated.status, PartnerStatus.DisbursalInitiated);
      assert.equal((await sut.disbursalStatus(submitted.partnerReference, context())).status, PartnerStatus.DisbursalInitiated);
      const done = await sut.disbursalStatus(submitted.partnerReference, context());
      assert.equal(done.status, PartnerStatus.Disbursed);
      assert.equal(done.disbursalReference, initiated.disbursalReference);
      assert.match(done.utr ?? '', /^KUBR[0-9A-F]{12}$/);
    });

    it('reports a bounced disbursal and refuses a declined application', async () => {
      const sut = kuber();
      const quote = await sut.quote(applicant(), ask, context());
      const { partnerReference } = await sut.submitApplication(applicant(), ask, quote.partnerQuoteId, context());
      await sut.acceptOffer(partnerReference, quote.partnerQuoteId, context());
      await sut.requestDisbursal(
        { applicationId: 'a', partnerReference, amount: '200000', beneficiary: beneficiary('123456780000') },
        context(),
      );
      const failed = await eventually(
        () => sut.disbursalStatus(partnerReference, context()),
        (r) => r.status !== PartnerStatus.DisbursalInitiated,
      );
      assert.equal(failed.status, PartnerStatus.DisbursalFailed);

      const declined = await sut.quote(applicant({ bureauScore: 600 }), ask, context());
      const rejected = await sut.submitApplication(applicant({ bureauScore: 600 }), ask, declined.partnerQuoteId, context());
      assert.equal(rejected.status, PartnerStatus.Rejected);
      await partnerError(() => sut.acceptOffer(rejected.partnerReference, declined.partnerQuoteId, context()), PartnerErrorCode.Rejected);
    });

    it('maps its XML errors: wrong key, unknown loan, rate limit', async () => {
      await partnerError(() => kuber('wrong').quote(applicant(), ask, context()), PartnerErrorCode.AuthFailed);
      await partnerError(() => kuber().disbursalStatus('KL-NOPE', context()), PartnerErrorCode.NotFound);
      assert.equal((await admin('PUT', 'kuber/admin/faults', { mode: 'rate_limit', failNext: 1, retryAfterSeconds: 4 })).ok, true);
      const limited = await partnerError(() => kuber().quote(applicant(), ask, context()), PartnerErrorCode.RateLimited);
      assert.equal(limited.retryAfterSeconds, 4);
      assert.equal(limited.retryable, true);
    });

    it('takes only application/xml and answers in XML', async () => {
      const response = await fetch(`${url}/lenders/kuber/quotes`, {
        method: 'POST',
        headers: { 'content-type': 'application/xml', 'x-kuber-api-key': KUBER_KEY },
        body: '<QuoteRequest><Nope/></QuoteRequest>',
      });
      assert.equal(response.status, 400);
      assert.match(response.headers.get('content-type') ?? '', /application\/xml/);
      assert.match(await response.text(), /<Error><Code>INVALID_REQUEST<\/Code><Message>RequestId is required<\/Message><\/Error>/);
    });
  });

  describe('OCEAN (OCEN JSON, detached JWS, callbacks)', () => {
    const sink = new WebhookSink();
    before(async () => {
      const target = await sink.start();
      assert.equal((await admin('PUT', 'ocean/admin/callback-target', { url: target })).status, 200);
    });
    after(() => sink.stop());

    const callbackFor = (reference: string, status: PartnerStatus) =>
      sink.waitFor((webhook) => {
        try {
          return ocean()
            .parseWebhook(webhook)
            .some((e) => e.partnerReference === reference && e.status === status);
        } catch {
          return false;
        }
      });

    it('quotes incomes of ₹40,000 and above within 55% FOIR, and declines the rest', async () => {
      const approved = await ocean().quote(applicant(), { ...ask, amount: '300000.00', tenureMonths: 36 }, context());
      assert.deepEqual(
        { ...approved, partnerQuoteId: 'x', validUntil: 'x' },
        {
          partnerQuoteId: 'x',
          decision: 'APPROVED',
          amount: '300000.00',
          tenureMonths: 36,
          annualRatePercent: '15.00',
          processingFee: '3000.00',
          validUntil: 'x',
        },
      );
      const lowIncome = await ocean().quote(applicant({ monthlyIncome: '39999.99' }), ask, context());
      assert.deepEqual(lowIncome.declineReasons, ['INCOME_BELOW_40000']);
      const stretched = await ocean().quote(applicant({ existingEmiMonthly: '60000' }), ask, context());
      assert.deepEqual(stretched.declineReasons, ['FOIR_ABOVE_55']);
    });

    it('submits idempotently on requestId and calls back, signed, with the decision', async () => {
      const sut = ocean();
      const borrower = applicant();
      const quote = await sut.quote(borrower, ask, context());
      const requestId = randomUUID();
      const submitted = await sut.submitApplication(borrower, ask, quote.partnerQuoteId, context(requestId));
      const replayed = await sut.submitApplication(borrower, ask, quote.partnerQuoteId, context(requestId));
      assert.deepEqual(replayed, submitted);
      // the same requestId for another body is the caller's bug, refused rather than answered with the first result
      await partnerError(
        () => sut.submitApplication(applicant(), ask, quote.partnerQuoteId, context(requestId)),
        PartnerErrorCode.Rejected,
      );
      assert.equal(submitted.status, PartnerStatus.Received);
      await callbackFor(submitted.partnerReference, PartnerStatus.UnderReview);
      const decided = await callbackFor(submitted.partnerReference, PartnerStatus.Approved);
      sut.verifyWebhook(decided);
      const [event] = sut.parseWebhook(decided);
      assert.equal(event!.partnerReference, submitted.partnerReference);
      assert.match(event!.eventId, /^OCB-/);
      assert.equal((event!.details as { requestId: string }).requestId, requestId);

      const tampered = {
        headers: decided.headers,
        rawBody: Buffer.from(decided.rawBody.toString().replace('OFFER_APPROVED', 'DISBURSED')),
      };
      await partnerError(() => sut.verifyWebhook(tampered), PartnerErrorCode.WebhookSignatureInvalid);
      await partnerError(
        () => ocean({ partnerPublicKeyPem: stranger.publicKeyPem }).verifyWebhook(decided),
        PartnerErrorCode.WebhookSignatureInvalid,
      );
    });

    it('accepts, disburses and calls back with the UTR', async () => {
      const sut = ocean();
      const quote = await sut.quote(applicant(), ask, context());
      const { partnerReference } = await sut.submitApplication(applicant(), ask, quote.partnerQuoteId, context());
      assert.deepEqual(await sut.acceptOffer(partnerReference, quote.partnerQuoteId, context()), {
        partnerReference,
        status: PartnerStatus.Approved,
      });
      const initiated = await sut.requestDisbursal(
        { applicationId: 'a', partnerReference, amount: '200000.00', beneficiary: beneficiary() },
        context(),
      );
      assert.equal(initiated.status, PartnerStatus.DisbursalInitiated);
      const callback = await callbackFor(partnerReference, PartnerStatus.Disbursed);
      sut.verifyWebhook(callback);
      const [event] = sut.parseWebhook(callback);
      assert.equal((event!.details as { disbursementId: string }).disbursementId, initiated.disbursalReference);
      const polled = await sut.disbursalStatus(partnerReference, context());
      assert.equal(polled.status, PartnerStatus.Disbursed);
      assert.equal(polled.utr, (event!.details as { utr: string }).utr);
    });

    it('refuses requests not signed by our registered key', async () => {
      await partnerError(
        () => ocean({ privateKeyPem: stranger.privateKeyPem }).quote(applicant(), ask, context()),
        PartnerErrorCode.AuthFailed,
      );
      const body = JSON.stringify({ requestId: randomUUID(), timestamp: new Date().toISOString() });
      const tampered = await fetch(`${url}/lenders/ocean/quotes`, {
        method: 'POST',
        body: body.replace('"}', ' "}'),
        headers: { 'content-type': 'application/json', 'x-jws-signature': signDetached(body, ours.privateKeyPem, 'los-e2e') },
      });
      assert.equal(tampered.status, 401);
      assert.deepEqual(((await tampered.json()) as { error: { code: string } }).error.code, 'SIGNATURE_INVALID');
    });

    it('refuses answers not signed by OCEAN', async () => {
      await partnerError(
        () => ocean({ partnerPublicKeyPem: stranger.publicKeyPem }).quote(applicant(), ask, context()),
        PartnerErrorCode.SignatureInvalid,
      );
    });
  });

  const kuberSandbox = (): ContractSandbox => ({
    url,
    lenderCode: 'kuber',
    approved: { applicant: applicant({ bureauScore: 780 }), ask },
    declined: { applicant: applicant({ bureauScore: 640 }), ask },
  });
  describeNbfcContract('KUBER', () => ({ adapter: kuber(), wrongKeyAdapter: kuber('wrong'), sandbox: kuberSandbox() }));
  describeNbfcContract('OCEAN', () => ({
    adapter: ocean(),
    wrongKeyAdapter: ocean({ partnerPublicKeyPem: stranger.publicKeyPem }),
    sandbox: {
      url,
      lenderCode: 'ocean',
      approved: { applicant: applicant(), ask },
      declined: { applicant: applicant({ monthlyIncome: '30000' }), ask },
    },
  }));
});
