import { createHash } from 'node:crypto';
import type {
  CanonicalApplicant,
  DisbursalRequest,
  DisbursalResult,
  LoanAsk,
  PartnerEvent,
  PartnerQuote,
  SubmissionResult,
} from '../../contract/canonical.js';
import { PartnerError, PartnerErrorCode } from '../../contract/partner-error.js';
import { OCEAN } from './ocean.constants.js';
import { oceanStatus } from './ocean-status.map.js';

type Json = Record<string, unknown>;
const RUPEES = /^\d+(\.\d{1,2})?$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface OceanErrorBody {
  code: string;
  message: string;
}

/** Canonical ⇄ OCEN 4.0 style JSON. Every request carries our requestId (OCEAN's idempotency key) and a timestamp. */
export class OceanSerializer {
  constructor(private readonly now: () => Date) {}

  quoteRequest(applicant: CanonicalApplicant, ask: LoanAsk, requestId: string): Json {
    return { ...this.envelope(requestId), borrower: this.borrower(applicant), loanRequest: this.loanRequest(ask) };
  }

  applicationRequest(applicant: CanonicalApplicant, ask: LoanAsk, quoteId: string | undefined, requestId: string): Json {
    return {
      ...this.envelope(requestId),
      ...(quoteId ? { quoteId } : {}),
      borrower: this.borrower(applicant),
      loanRequest: this.loanRequest(ask),
    };
  }

  acceptRequest(quoteId: string, requestId: string): Json {
    return { ...this.envelope(requestId), quoteId };
  }

  disbursementRequest(request: DisbursalRequest, requestId: string): Json {
    const { accountNumber, ifsc, name } = request.beneficiary;
    return {
      ...this.envelope(requestId),
      referenceId: request.applicationId,
      amount: request.amount,
      beneficiary: { accountNumber, ifsc, name },
    };
  }

  parseQuote(body: Json): PartnerQuote {
    const quoteId = this.text(body, 'quoteId');
    const word = body.status;
    if (word === 'OFFER_REJECTED') {
      const reasons = Array.isArray(body.rejectionReasons) ? body.rejectionReasons.map(String) : [];
      return { partnerQuoteId: quoteId, decision: 'DECLINED', declineReasons: reasons };
    }
    if (word !== 'OFFER_APPROVED')
      throw new PartnerError(PartnerErrorCode.UnknownStatus, `OCEAN quote status "${String(word)}" is not mapped`, OCEAN);
    const offer = body.offer as Json | undefined;
    if (!offer || typeof offer !== 'object') throw this.bad('an approved quote has no offer');
    const tenure = offer.tenureMonths;
    if (!Number.isInteger(tenure)) throw this.bad('offer.tenureMonths is not an integer');
    const validUntil = this.text(offer, 'validUntil');
    if (!ISO_DATE.test(validUntil)) throw this.bad(`offer.validUntil "${validUntil}" is not YYYY-MM-DD`);
    return {
      partnerQuoteId: quoteId,
      decision: 'APPROVED',
      amount: this.money(offer, 'amount'),
      tenureMonths: tenure as number,
      annualRatePercent: this.text(offer, 'interestRate'),
      processingFee: this.money(offer, 'processingFee'),
      validUntil,
    };
  }

  parseApplication(body: Json): SubmissionResult {
    return { partnerReference: this.text(body, 'loanApplicationId'), status: oceanStatus(body.status) };
  }

  parseDisbursement(body: Json): DisbursalResult {
    const disbursementId = typeof body.disbursementId === 'string' ? body.disbursementId : undefined;
    const utr = typeof body.utr === 'string' ? body.utr : undefined;
    const optional = (key: string) => (typeof body[key] === 'string' && body[key] !== '' ? (body[key] as string) : undefined);
    const [amount, valueDate, failureReason] = [optional('amount'), optional('valueDate'), optional('failureReason')];
    return {
      partnerReference: this.text(body, 'loanApplicationId'),
      status: oceanStatus(body.status),
      ...(disbursementId ? { disbursalReference: disbursementId } : {}),
      ...(utr ? { utr } : {}),
      ...(amount ? { amount } : {}),
      ...(valueDate ? { valueDate } : {}),
      ...(failureReason ? { failureReason } : {}),
    };
  }

  /** One callback body, already verified, as our event. */
  parseCallback(rawBody: Buffer): PartnerEvent {
    const body = this.json(rawBody.toString('utf8'));
    const details: Record<string, unknown> = {};
    for (const key of ['disbursementId', 'amount', 'utr', 'rejectionReasons', 'requestId', 'valueDate'] as const) {
      if (body[key] !== undefined) details[key] = body[key];
    }
    if (typeof body.failureReason === 'string') details.reason = body.failureReason;
    return {
      eventId: typeof body.callbackId === 'string' ? body.callbackId : createHash('sha256').update(rawBody).digest('hex'),
      partnerReference: this.text(body, 'loanApplicationId'),
      status: oceanStatus(body.status),
      occurredAt: this.text(body, 'timestamp'),
      ...(Object.keys(details).length ? { details } : {}),
    };
  }

  parseError(body: Json | undefined): OceanErrorBody | undefined {
    const error = body?.error as Json | undefined;
    if (!error || typeof error !== 'object') return undefined;
    return { code: String(error.code ?? ''), message: String(error.message ?? '') };
  }

  json(text: string): Json {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw this.bad('the body is not JSON');
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw this.bad('the body is not a JSON object');
    return parsed as Json;
  }

  private envelope(requestId: string): Json {
    return { requestId, timestamp: this.now().toISOString() };
  }

  private borrower(applicant: CanonicalApplicant): Json {
    return {
      referenceId: applicant.applicationId,
      name: applicant.fullName,
      dateOfBirth: applicant.dob,
      pan: applicant.pan,
      mobile: applicant.mobile,
      email: applicant.email,
      employmentType: applicant.employmentType,
      monthlyIncome: applicant.monthlyIncome,
      existingEmi: applicant.existingEmiMonthly,
      address: { pincode: applicant.pincode, city: applicant.city, state: applicant.state },
      ...(applicant.bureauScore === undefined ? {} : { bureauScore: applicant.bureauScore }),
    };
  }

  private loanRequest(ask: LoanAsk): Json {
    return { amount: ask.amount, tenureMonths: ask.tenureMonths, purpose: ask.purpose };
  }

  private text(body: Json, key: string): string {
    const value = body[key];
    if (typeof value !== 'string' || value === '') throw this.bad(`"${key}" is missing`);
    return value;
  }

  private money(body: Json, key: string): string {
    const value = this.text(body, key);
    if (!RUPEES.test(value)) throw this.bad(`"${key}" is "${value}", not rupees with at most 2 decimals`);
    return value;
  }

  private bad(detail: string): PartnerError {
    return new PartnerError(PartnerErrorCode.BadResponse, `OCEAN response is malformed: ${detail}`, OCEAN);
  }
}
