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
import { northstarStatusMap } from './northstar.status-map.js';

/** Canonical DTOs ⇄ Northstar's nested snake_case JSON; money as rupee numbers, idempotency by `client_request_id`. */
export class NorthstarSerializer {
  private readonly statuses: StatusMap;

  constructor(private readonly partnerCode: string) {
    this.statuses = northstarStatusMap(partnerCode);
  }

  eligibilityRequest(applicant: CanonicalApplicant, ask: LoanAsk) {
    return {
      reference_id: applicant.applicationId,
      applicant: {
        full_name: applicant.fullName,
        date_of_birth: applicant.dob,
        pan_number: applicant.pan,
        contact: { mobile_number: applicant.mobile, email_address: applicant.email },
        address: { pincode: applicant.pincode, city: applicant.city, state: applicant.state },
        employment: { type: applicant.employmentType === 'SALARIED' ? 'SALARIED' : 'SELF_EMPLOYED' },
        income: { monthly_amount: rupeesNumber(applicant.monthlyIncome), currency: 'INR' },
        obligations: { existing_emi_monthly: rupeesNumber(applicant.existingEmiMonthly) },
        bureau: applicant.bureauScore === undefined ? null : { score: applicant.bureauScore },
      },
      loan_request: { principal_amount: rupeesNumber(ask.amount), tenure_in_months: ask.tenureMonths, purpose: ask.purpose },
    };
  }

  applicationRequest(applicant: CanonicalApplicant, ask: LoanAsk, eligibilityId: string | undefined, requestId: string) {
    return { client_request_id: requestId, eligibility_id: eligibilityId ?? null, ...this.eligibilityRequest(applicant, ask) };
  }

  acceptanceRequest(eligibilityId: string) {
    return { eligibility_id: eligibilityId, accepted: true };
  }

  disbursementRequest(request: DisbursalRequest, requestId: string) {
    return {
      client_request_id: requestId,
      reference_id: request.applicationId,
      disbursement: {
        amount: { value: rupeesNumber(request.amount), currency: 'INR' },
        beneficiary: {
          account_number: request.beneficiary.accountNumber,
          ifsc_code: request.beneficiary.ifsc,
          account_holder: request.beneficiary.name,
        },
      },
    };
  }

  parseEligibility(body: Record<string, unknown>): PartnerQuote {
    const reader = this.reader(body);
    const id = reader.string('eligibility_id');
    const result = reader.string('result');
    if (result === 'INELIGIBLE') {
      const reasons = reader
        .array('reasons')
        .map((reason) => new PayloadReader(this.partnerCode, reason as Record<string, unknown>).string('code'));
      return { partnerQuoteId: id, decision: 'DECLINED', declineReasons: reasons };
    }
    if (result !== 'ELIGIBLE')
      throw new PartnerError(PartnerErrorCode.UnknownStatus, `unknown eligibility result ${JSON.stringify(result)}`, this.partnerCode);
    const offer = reader.object('indicative_offer');
    return {
      partnerQuoteId: id,
      decision: 'APPROVED',
      amount: rupees(offer.number('sanctioned_amount')),
      tenureMonths: offer.number('tenure_in_months'),
      annualRatePercent: offer.number('roi_annual').toFixed(2),
      processingFee: rupees(offer.number('processing_fee')),
      validUntil: reader.string('valid_till'),
    };
  }

  parseApplication(body: Record<string, unknown>): SubmissionResult {
    return { partnerReference: this.reader(body).string('loan_application_id'), status: this.statuses.toStatus(body.status) };
  }

  parseDisbursement(body: Record<string, unknown>): DisbursalResult {
    const reader = this.reader(body);
    const disbursement = reader.object('disbursement');
    return withoutUndefined({
      partnerReference: reader.string('loan_application_id'),
      disbursalReference: disbursement.optionalString('disbursement_id'),
      status: this.statuses.toStatus((body.disbursement as Record<string, unknown>).status),
      utr: disbursement.optionalString('utr'),
      amount: this.inr(disbursement.optionalObject('amount')),
      valueDate: disbursement.optionalString('value_date'),
      failureReason: disbursement.optionalString('failure_reason'),
    });
  }

  /** `{ errors: [{ code, detail }] }`. */
  errorDetail(body: unknown): string {
    const errors = (body as { errors?: unknown } | undefined)?.errors;
    if (Array.isArray(errors))
      return errors.map((e: { code?: unknown; detail?: unknown }) => `${String(e?.code)}: ${String(e?.detail)}`).join('; ');
    return typeof body === 'string' ? body.slice(0, 200) : JSON.stringify(body ?? null).slice(0, 200);
  }

  parseWebhook(body: Record<string, unknown>): PartnerEvent[] {
    const reader = this.reader(body);
    const payload = reader.optionalObject('payload');
    const details = withoutUndefined({
      utr: payload?.optionalString('utr'),
      amount: payload && this.inr(payload.optionalObject('amount')),
      reason: payload?.optionalString('reason'),
      valueDate: payload?.optionalString('value_date'),
    });
    return [
      withoutUndefined({
        eventId: reader.string('event_id'),
        partnerReference: reader.string('loan_application_id'),
        status: this.statuses.toStatus(body.status),
        occurredAt: reader.string('occurred_at'),
        details: Object.keys(details).length ? details : undefined,
      }),
    ];
  }

  /** `{ value, currency: 'INR' }` as our decimal string; another currency is no rupee amount. */
  private inr(amount: PayloadReader | undefined): string | undefined {
    if (!amount) return undefined;
    if (amount.string('currency') !== 'INR')
      throw new PartnerError(PartnerErrorCode.EventInvalid, 'webhook event refused: amount is not in INR', this.partnerCode);
    return decimalText(amount.number('value'));
  }

  private reader(body: Record<string, unknown>): PayloadReader {
    return new PayloadReader(this.partnerCode, body);
  }
}
