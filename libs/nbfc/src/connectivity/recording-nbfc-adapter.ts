import type {
  CanonicalApplicant,
  DisbursalRequest,
  DisbursalResult,
  LoanAsk,
  PartnerEvent,
  PartnerQuote,
  SubmissionResult,
} from '../contract/canonical.js';
import type { AdapterCapabilities, CallContext, InboundWebhook, NbfcAdapter } from '../contract/nbfc-adapter.js';
import { PartnerError } from '../contract/partner-error.js';
import type { NbfcOperation } from '../resilience/resilience-options.js';
import { redactPartnerPayload } from './partner-payload.redactor.js';

/** One finished partner call, payloads already redacted. */
export interface PartnerCallRecord {
  partner: string;
  /** Calls we make, and webhooks the partner makes to us. */
  operation: NbfcOperation | 'webhook';
  correlationId: string;
  requestId: string;
  applicationId: string | null;
  startedAt: Date;
  latencyMs: number;
  outcome: 'SUCCESS' | 'ERROR';
  errorCode: string | null;
  request: unknown;
  response: unknown;
  /** The partner's SLA for this operation, when it has one. */
  slaMs?: number;
}

export interface PartnerCallSink {
  record(call: PartnerCallRecord): Promise<void>;
}

export type OperationSla = Partial<Record<NbfcOperation, number>>;

/** Records every call to the wrapped adapter (timing, outcome, redacted payloads); a failing sink never fails the call. */
export class RecordingNbfcAdapter implements NbfcAdapter {
  constructor(
    private readonly inner: NbfcAdapter,
    private readonly sink: PartnerCallSink,
    private readonly sla: OperationSla = {},
    private readonly now: () => number = Date.now,
  ) {}

  get code(): string {
    return this.inner.code;
  }

  get capabilities(): AdapterCapabilities {
    return this.inner.capabilities;
  }

  quote(applicant: CanonicalApplicant, ask: LoanAsk, context: CallContext): Promise<PartnerQuote> {
    return this.recorded('quote', context, applicant.applicationId, { applicant, ask }, () => this.inner.quote(applicant, ask, context));
  }

  submitApplication(
    applicant: CanonicalApplicant,
    ask: LoanAsk,
    partnerQuoteId: string | undefined,
    context: CallContext,
  ): Promise<SubmissionResult> {
    return this.recorded('submit', context, applicant.applicationId, { applicant, ask, partnerQuoteId }, () =>
      this.inner.submitApplication(applicant, ask, partnerQuoteId, context),
    );
  }

  acceptOffer(partnerReference: string, partnerQuoteId: string, context: CallContext): Promise<SubmissionResult> {
    return this.recorded('accept', context, null, { partnerReference, partnerQuoteId }, () =>
      this.inner.acceptOffer(partnerReference, partnerQuoteId, context),
    );
  }

  requestDisbursal(request: DisbursalRequest, context: CallContext): Promise<DisbursalResult> {
    return this.recorded('disburse', context, request.applicationId, request, () => this.inner.requestDisbursal(request, context));
  }

  disbursalStatus(partnerReference: string, context: CallContext): Promise<DisbursalResult> {
    return this.recorded('disbursalStatus', context, null, { partnerReference }, () =>
      this.inner.disbursalStatus(partnerReference, context),
    );
  }

  applicationStatus(partnerReference: string, context: CallContext): Promise<SubmissionResult> {
    return this.recorded('applicationStatus', context, null, { partnerReference }, () =>
      this.inner.applicationStatus(partnerReference, context),
    );
  }

  verifyWebhook(webhook: InboundWebhook): void {
    this.inner.verifyWebhook(webhook);
  }

  parseWebhook(webhook: InboundWebhook): PartnerEvent[] {
    return this.inner.parseWebhook(webhook);
  }

  private async recorded<T>(
    operation: NbfcOperation,
    context: CallContext,
    applicationId: string | null,
    request: unknown,
    call: () => Promise<T>,
  ): Promise<T> {
    const started = this.now();
    const base = {
      partner: this.inner.code,
      operation,
      correlationId: context.correlationId,
      requestId: context.requestId,
      applicationId,
      startedAt: new Date(started),
      request: redactPartnerPayload(request),
      slaMs: this.sla[operation],
    };
    try {
      const response = await call();
      this.save({
        ...base,
        latencyMs: this.now() - started,
        outcome: 'SUCCESS',
        errorCode: null,
        response: redactPartnerPayload(response),
      });
      return response;
    } catch (error) {
      const errorCode = error instanceof PartnerError ? error.code : 'UNEXPECTED';
      this.save({ ...base, latencyMs: this.now() - started, outcome: 'ERROR', errorCode, response: null });
      throw error;
    }
  }

  /**
   * The trail is best effort and written behind the answer: a slow or absent Mongo must neither delay a partner's
   * answer nor turn it into a failure.
   */
  private save(call: PartnerCallRecord): void {
    this.sink.record(call).catch(() => undefined);
  }
}
