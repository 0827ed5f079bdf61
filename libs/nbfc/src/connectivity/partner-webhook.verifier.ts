import { Inject, Injectable } from '@nestjs/common';
import { AppException } from '@los/common';
import { ErrorCode, type PartnerEventView, type PartnerWebhookRequest } from '@los/contracts';
import type { PartnerEvent } from '../contract/canonical.js';
import type { InboundWebhook } from '../contract/nbfc-adapter.js';
import { PartnerError, PartnerErrorCode } from '../contract/partner-error.js';
import { validatePartnerEvent } from '../events/partner-event.validator.js';
import { LivePartners } from './live-partners.registry.js';
import type { PartnerCallSink } from './recording-nbfc-adapter.js';
import { PartnerCallRecorder } from './partner-call.recorder.js';
import { redactPartnerPayload } from './partner-payload.redactor.js';
import { summarizeRefusedWebhook } from './refused-webhook.summary.js';

const SIGNATURE_REFUSED: [ErrorCode, string] = [ErrorCode.WebhookSignatureInvalid, 'Webhook signature is missing, stale or not valid'];

/** What a failed webhook answers: the partner learns why, never anything about our configuration. */
const ANSWER_OF: Partial<Record<PartnerErrorCode, [ErrorCode, string]>> = {
  [PartnerErrorCode.WebhookSignatureInvalid]: SIGNATURE_REFUSED,
  [PartnerErrorCode.SignatureInvalid]: SIGNATURE_REFUSED,
  [PartnerErrorCode.UnknownStatus]: [ErrorCode.PartnerUnknownStatus, 'The webhook carries a status this partner is not known to send'],
  [PartnerErrorCode.BadResponse]: [ErrorCode.PartnerEventInvalid, 'The webhook body is not what this partner sends'],
  [PartnerErrorCode.EventInvalid]: [ErrorCode.PartnerEventInvalid, 'The webhook event has fields that are missing or do not fit'],
  [PartnerErrorCode.EventStale]: [ErrorCode.PartnerEventStale, 'The webhook event is dated outside the accepted window'],
};

/**
 * Checks a lender's webhook with the partner's own credentials, turns it into our events and validates each field
 * of them. Every webhook is kept in the partner-call trail with what became of it: an accepted one redacted and
 * bounded, a refused one (anyone can send those) only as its size, hash and field and header names.
 */
@Injectable()
export class PartnerWebhookVerifier {
  constructor(
    @Inject(LivePartners) private readonly live: Pick<LivePartners, 'adapterOf'>,
    @Inject(PartnerCallRecorder) private readonly recorder: PartnerCallSink,
  ) {}

  async verify(request: PartnerWebhookRequest): Promise<PartnerEventView[]> {
    const adapter = this.live.adapterOf(request.partnerCode);
    if (!adapter?.capabilities.webhooks)
      throw new AppException(ErrorCode.PartnerNotConnected, 'No webhook-capable connection for this partner');
    const webhook: InboundWebhook = { headers: request.headers, rawBody: Buffer.from(request.rawBodyBase64, 'base64') };
    const startedAt = new Date();
    let events: PartnerEventView[];
    try {
      adapter.verifyWebhook(webhook);
      events = adapter.parseWebhook(webhook).map((event) => viewOf(validatePartnerEvent(event, request.partnerCode, Date.now())));
    } catch (error) {
      const code = error instanceof PartnerError ? error.code : undefined;
      await this.record(request, startedAt, code ?? 'UNEXPECTED', summarizeRefusedWebhook(webhook), null);
      const answer = code && ANSWER_OF[code];
      if (answer) throw new AppException(answer[0], answer[1]);
      throw error;
    }
    await this.record(request, startedAt, null, redactPartnerPayload(bodyOf(webhook.rawBody)), events);
    return events;
  }

  private async record(
    request: PartnerWebhookRequest,
    startedAt: Date,
    errorCode: string | null,
    stored: unknown,
    events: PartnerEventView[] | null,
  ): Promise<void> {
    await this.recorder
      .record({
        partner: request.partnerCode,
        operation: 'webhook',
        correlationId: request.correlationId,
        requestId: request.correlationId,
        applicationId: null,
        startedAt,
        latencyMs: Date.now() - startedAt.getTime(),
        outcome: errorCode ? 'ERROR' : 'SUCCESS',
        errorCode,
        request: stored,
        response: events,
      })
      .catch(() => undefined);
  }
}

function viewOf(event: PartnerEvent): PartnerEventView {
  const view: PartnerEventView = {
    eventId: event.eventId,
    partnerReference: event.partnerReference,
    status: event.status,
    occurredAt: event.occurredAt,
  };
  // Disbursal news travels with what the lender said of the payment (validated above), for the disbursal record.
  const { amount, utr, valueDate, reason } = event.details ?? {};
  if (typeof amount === 'string') view.amount = amount;
  if (typeof utr === 'string') view.utr = utr;
  if (typeof valueDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(valueDate)) view.valueDate = valueDate;
  if (typeof reason === 'string') view.reason = reason.slice(0, 200);
  return view;
}

/** JSON bodies are stored as documents so the redactor sees their fields; anything else as text. */
function bodyOf(rawBody: Buffer): unknown {
  const text = rawBody.toString('utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return { text: text.slice(0, 4_000) };
  }
}
