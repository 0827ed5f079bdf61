import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import type {
  CanonicalApplicant,
  DisbursalRequest,
  DisbursalResult,
  LoanAsk,
  PartnerQuote,
  SubmissionResult,
} from '../../contract/canonical.js';
import { PartnerError, PartnerErrorCode } from '../../contract/partner-error.js';
import { KUBER } from './kuber.constants.js';
import { fromKuberDate, toKuberDate } from './kuber-date.js';
import { paiseToRupees, rupeesToPaise } from './kuber-paise.js';
import { kuberStatus } from './kuber-status.map.js';

const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
const builder = new XMLBuilder({ format: false, processEntities: true });
const parser = new XMLParser({
  parseTagValue: false,
  ignoreAttributes: true,
  ignoreDeclaration: true,
  trimValues: true,
  processEntities: true,
  isArray: (_name, jpath) => jpath === 'QuoteResponse.Reasons.Reason',
});

type XmlNode = Record<string, unknown>;

export interface KuberErrorBody {
  code: string;
  message: string;
}

/** Canonical ⇄ KUBER XML: amounts in integer paise, dates DD-MM-YYYY. */
export class KuberSerializer {
  quoteRequest(applicant: CanonicalApplicant, ask: LoanAsk, requestId: string): string {
    return this.build({ QuoteRequest: { RequestId: requestId, Applicant: this.applicant(applicant), Loan: this.loan(ask) } });
  }

  applicationRequest(applicant: CanonicalApplicant, ask: LoanAsk, quoteId: string | undefined, requestId: string): string {
    return this.build({
      ApplicationRequest: {
        RequestId: requestId,
        ...(quoteId ? { QuoteId: quoteId } : {}),
        Applicant: this.applicant(applicant),
        Loan: this.loan(ask),
      },
    });
  }

  acceptRequest(quoteId: string, requestId: string): string {
    return this.build({ AcceptRequest: { RequestId: requestId, QuoteId: quoteId } });
  }

  disbursalRequest(request: DisbursalRequest, requestId: string): string {
    return this.build({
      DisbursalRequest: {
        RequestId: requestId,
        ApplicationId: request.applicationId,
        AmountPaise: rupeesToPaise(request.amount),
        Beneficiary: { AccountNo: request.beneficiary.accountNumber, Ifsc: request.beneficiary.ifsc, Name: request.beneficiary.name },
      },
    });
  }

  parseQuote(xml: string): PartnerQuote {
    const quote = this.root(xml, 'QuoteResponse');
    const decision = this.text(quote, 'Decision');
    if (decision === 'DECLINED') {
      const reasons = (quote.Reasons as XmlNode | undefined)?.Reason as unknown[] | undefined;
      return { partnerQuoteId: this.text(quote, 'QuoteId'), decision, declineReasons: (reasons ?? []).map(String) };
    }
    if (decision !== 'APPROVED')
      throw new PartnerError(PartnerErrorCode.UnknownStatus, `KUBER decision "${decision}" is not mapped`, KUBER);
    const tenure = this.text(quote, 'TenureMonths');
    if (!/^\d+$/.test(tenure)) throw this.bad(`TenureMonths "${tenure}" is not an integer`);
    const rate = this.text(quote, 'RatePercent');
    if (!/^\d+(\.\d+)?$/.test(rate)) throw this.bad(`RatePercent "${rate}" is not a decimal`);
    return {
      partnerQuoteId: this.text(quote, 'QuoteId'),
      decision,
      amount: paiseToRupees(this.text(quote, 'AmountPaise')),
      tenureMonths: Number(tenure),
      annualRatePercent: rate,
      processingFee: paiseToRupees(this.text(quote, 'FeePaise')),
      validUntil: fromKuberDate(this.text(quote, 'ValidTill')),
    };
  }

  parseApplication(xml: string): SubmissionResult {
    const application = this.root(xml, 'ApplicationResponse');
    return { partnerReference: this.text(application, 'LoanRef'), status: kuberStatus(this.text(application, 'Status')) };
  }

  parseDisbursal(xml: string): DisbursalResult {
    const disbursal = this.root(xml, 'DisbursalResponse');
    const disbursalReference = this.optional(disbursal, 'DisbursalRef');
    const utr = this.optional(disbursal, 'Utr');
    const amountPaise = this.optional(disbursal, 'AmountPaise');
    const valueDate = this.optional(disbursal, 'ValueDate');
    const failureReason = this.optional(disbursal, 'FailureReason');
    return {
      partnerReference: this.text(disbursal, 'LoanRef'),
      status: kuberStatus(this.text(disbursal, 'Status')),
      ...(disbursalReference ? { disbursalReference } : {}),
      ...(utr ? { utr } : {}),
      ...(amountPaise ? { amount: paiseToRupees(amountPaise) } : {}),
      ...(valueDate ? { valueDate: fromKuberDate(valueDate) } : {}),
      ...(failureReason ? { failureReason } : {}),
    };
  }

  /** `<Error><Code>…</Code><Message>…</Message></Error>`, or undefined when the body is something else. */
  parseError(xml: string): KuberErrorBody | undefined {
    const error = this.parse(xml)?.Error as XmlNode | undefined;
    if (!error || typeof error !== 'object') return undefined;
    return { code: String(error.Code ?? ''), message: String(error.Message ?? '') };
  }

  private applicant(applicant: CanonicalApplicant): XmlNode {
    return {
      ApplicationId: applicant.applicationId,
      Name: applicant.fullName,
      Dob: toKuberDate(applicant.dob),
      Pan: applicant.pan,
      Mobile: applicant.mobile,
      Email: applicant.email,
      Employment: applicant.employmentType,
      MonthlyIncomePaise: rupeesToPaise(applicant.monthlyIncome),
      ExistingEmiPaise: rupeesToPaise(applicant.existingEmiMonthly),
      Address: { Pincode: applicant.pincode, City: applicant.city, State: applicant.state },
      ...(applicant.bureauScore === undefined ? {} : { BureauScore: String(applicant.bureauScore) }),
    };
  }

  private loan(ask: LoanAsk): XmlNode {
    return { AmountPaise: rupeesToPaise(ask.amount), TenureMonths: String(ask.tenureMonths), Purpose: ask.purpose };
  }

  private build(document: XmlNode): string {
    return `${DECLARATION}${builder.build(document) as string}`;
  }

  private parse(xml: string): XmlNode | undefined {
    try {
      return parser.parse(xml) as XmlNode;
    } catch {
      return undefined;
    }
  }

  private root(xml: string, name: string): XmlNode {
    const node = this.parse(xml)?.[name];
    if (!node || typeof node !== 'object') throw this.bad(`expected <${name}>`);
    return node as XmlNode;
  }

  private text(node: XmlNode, name: string): string {
    const value = node[name];
    if (typeof value !== 'string' || value === '') throw this.bad(`<${name}> is missing`);
    return value;
  }

  private optional(node: XmlNode, name: string): string | undefined {
    const value = node[name];
    return typeof value === 'string' && value !== '' ? value : undefined;
  }

  private bad(detail: string): PartnerError {
    return new PartnerError(PartnerErrorCode.BadResponse, `KUBER response is malformed: ${detail}`, KUBER);
  }
}
