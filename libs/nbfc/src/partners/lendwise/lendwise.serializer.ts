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
import { decimalText, PayloadReader, rupees, rupeesNumber, withoutUndefined } from '../../http/payload-reader.js';
import type { StatusMap } from '../../mapping/status-map.js';
import { lendwiseStatusMap } from './lendwise.status-map.js';

/** Canonical DTOs ⇄ Lendwise's flat camelCase JSON; Lendwise sends money as rupee numbers. */
export class LendwiseSerializer {
  private readonly statuses: StatusMap;

  constructor(private readonly partnerCode: string) {
    this.statuses = lendwiseStatusMap(partnerCode);
  }

  quoteRequest(applicant: CanonicalApplicant, ask: LoanAsk) {
    return {
      referenceId: applicant.applicationId,
      ...this.applicant(applicant),
      loanAmount: rupeesNumber(ask.amount),
      tenureMonths: ask.tenureMonths,
      purpose: ask.purpose,
    };
  }

  submitRequest(applicant: CanonicalApplicant, ask: LoanAsk, quoteId: string | undefined) {
    return { ...this.quoteRequest(applicant, ask), quoteId: quoteId ?? null };
  }

  acceptRequest(quoteId: string) {
    return { quoteId };
  }

  disbursalRequest(request: DisbursalRequest) {
    return {
      referenceId: request.applicationId,
      amount: rupeesNumber(request.amount),
      beneficiary: {
        accountNumber: request.beneficiary.accountNumber,
        ifsc: request.beneficiary.ifsc,
        accountHolderName: request.beneficiary.name,
      },
    };
  }

  parseQuote(body: Record<string, unknown>): PartnerQuote {
    const reader = this.reader(body);
    const outcome = reader.string('outcome');
    const quoteId = reader.string('quoteId');
    if (outcome === 'declined') {
      return { partnerQuoteId: quoteId, decision: 'DECLINED', declineReasons: reader.array('reasons').map(String) };
    }
    if (outcome !== 'approved')
      throw new PartnerError(PartnerErrorCode.UnknownStatus, `unknown quote outcome ${JSON.stringify(outcome)}`, this.partnerCode);
    const offer = reader.object('offer');
    return {
      partnerQuoteId: quoteId,
      decision: 'APPROVED',
      amount: rupees(offer.number('amount')),
      tenureMonths: offer.number('tenureMonths'),
      annualRatePercent: offer.number('interestRate').toFixed(2),
      processingFee: rupees(offer.number('processingFee')),
      validUntil: reader.string('expiresAt'),
    };
  }

  parseApplication(body: Record<string, unknown>): SubmissionResult {
    const reader = this.reader(body);
    return { partnerReference: reader.string('applicationId'), status: this.statuses.toStatus(body.status) };
  }

  parseDisbursal(body: Record<string, unknown>): DisbursalResult {
    const reader = this.reader(body);
    const amount = reader.optionalNumber('amount');
    return withoutUndefined({
      partnerReference: reader.string('applicationId'),
      disbursalReference: reader.optionalString('disbursalId'),
      status: this.statuses.toStatus(body.status),
      utr: reader.optionalString('utr'),
      amount: amount === undefined ? undefined : decimalText(amount),
      valueDate: reader.optionalString('valueDate'),
      failureReason: reader.optionalString('failureReason'),
    });
  }

  /** `{ error: { code, message } }`, or whatever text came back. */
  errorDetail(body: unknown): string {
    const error = (body as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
    if (error && typeof error === 'object') return `${String(error.code)}: ${String(error.message)}`;
    return typeof body === 'string' ? body.slice(0, 200) : JSON.stringify(body ?? null).slice(0, 200);
  }

  parseWebhook(body: Record<string, unknown>): PartnerEvent[] {
    const reader = this.reader(body);
    const data = reader.object('data');
    const amount = data.optionalNumber('amount');
    const details = withoutUndefined({
      utr: data.optionalString('utr'),
      amount: amount === undefined ? undefined : decimalText(amount),
      valueDate: data.optionalString('valueDate'),
      reason: data.optionalString('failureReason'),
    });
    return [
      withoutUndefined({
        eventId: reader.string('id'),
        partnerReference: data.string('applicationId'),
        status: this.statuses.toStatus((body.data as Record<string, unknown>).status),
        occurredAt: reader.string('createdAt'),
        details: Object.keys(details).length ? details : undefined,
      }),
    ];
  }

  private applicant(applicant: CanonicalApplicant) {
    return {
      fullName: applicant.fullName,
      dateOfBirth: applicant.dob,
      pan: applicant.pan,
      mobile: applicant.mobile,
      email: applicant.email,
      employmentType: applicant.employmentType === 'SALARIED' ? 'salaried' : 'self_employed',
      monthlyIncome: rupeesNumber(applicant.monthlyIncome),
      existingEmi: rupeesNumber(applicant.existingEmiMonthly),
      pincode: applicant.pincode,
      city: applicant.city,
      state: applicant.state,
      creditScore: applicant.bureauScore ?? null,
    };
  }

  private reader(body: Record<string, unknown>): PayloadReader {
    return new PayloadReader(this.partnerCode, body);
  }
}
