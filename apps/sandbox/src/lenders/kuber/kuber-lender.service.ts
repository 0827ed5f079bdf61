import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { bureauScoreOf } from '../../bureau/bureau-score.model.js';
import { LenderDisbursalScripts, valueDateToday, type DisbursalScript } from '../faults/lender-disbursal-scripts.service.js';
import { IdempotencyStore } from '../shared/idempotency.store.js';
import { LenderHttpError } from '../shared/lender-http.error.js';
import { deterministicId } from '../shared/lender-ids.js';
import { kuberDecision, type KuberDecision } from './kuber-appetite.js';
import { KUBER_CODE, KUBER_FAILING_ACCOUNT_SUFFIX } from './kuber-lender.constants.js';
import { fromXml, kuberErrorXml, toXml, type XmlNode } from './kuber-xml.codec.js';

interface KuberLoan {
  ref: string;
  decision: KuberDecision;
  status: 'UWIP' | 'RJCT' | 'SANC';
  disbursal?: { ref: string; polls: number; fails: boolean; amountPaise: bigint; script: DisbursalScript; valueDate?: string };
  /** A word set by a test, answered as is. */
  forcedStatus?: string;
}

type Answer = { status: number; xml: string } | LenderHttpError;

const XML_HEADERS = { 'content-type': 'application/xml' };
const fail = (status: number, code: string, message: string) => new LenderHttpError(status, kuberErrorXml(code, message), XML_HEADERS);

/** The simulated KUBER: XML in paise, decisions from its appetite, replays by RequestId, disbursals settled by polling. */
@Injectable()
export class KuberLenderService {
  private readonly quotes = new Map<string, KuberDecision>();
  private readonly loans = new Map<string, KuberLoan>();
  private readonly answers = new IdempotencyStore<{ fingerprint: string; answer: Answer }>();

  constructor(private readonly scripts: LenderDisbursalScripts) {}

  quote(xml: unknown, now: Date): { status: number; xml: string } {
    const request = this.root(xml, 'QuoteRequest');
    return this.once(request, xml, () => {
      const decision = this.decide(request);
      const quoteId = deterministicId('KQ-', String(request.RequestId));
      this.quotes.set(quoteId, decision);
      const validTill = new Date(now.getTime() + 7 * 86_400_000).toISOString().slice(0, 10).split('-').reverse().join('-');
      const body = decision.approved
        ? {
            QuoteId: quoteId,
            Decision: 'APPROVED',
            AmountPaise: String(decision.amountPaise),
            TenureMonths: String(decision.tenureMonths),
            RatePercent: decision.ratePercent,
            FeePaise: String(decision.feePaise),
            ValidTill: validTill,
          }
        : { QuoteId: quoteId, Decision: 'DECLINED', Reasons: { Reason: decision.reasons } };
      return { status: 200, xml: toXml({ QuoteResponse: body }) };
    });
  }

  submit(xml: unknown): { status: number; xml: string } {
    const request = this.root(xml, 'ApplicationRequest');
    return this.once(request, xml, () => {
      const quoteId = typeof request.QuoteId === 'string' ? request.QuoteId : undefined;
      const decision = quoteId ? this.quotes.get(quoteId) : this.decide(request);
      if (!decision) return fail(404, 'NOT_FOUND', `No quote ${quoteId}`);
      const loan: KuberLoan = {
        ref: deterministicId('KL-', String(request.RequestId)),
        decision,
        status: decision.approved ? 'UWIP' : 'RJCT',
      };
      this.loans.set(loan.ref, loan);
      return this.application(loan);
    });
  }

  accept(ref: string, xml: unknown): { status: number; xml: string } {
    const request = this.root(xml, 'AcceptRequest');
    return this.once(request, xml, () => {
      const loan = this.loans.get(ref);
      if (!loan) return fail(404, 'NOT_FOUND', `No loan ${ref}`);
      if (loan.status === 'RJCT') return fail(409, 'INVALID_STATE', `Loan ${ref} was rejected`);
      loan.status = 'SANC';
      return this.application(loan);
    });
  }

  disburse(ref: string, xml: unknown): { status: number; xml: string } {
    const request = this.root(xml, 'DisbursalRequest');
    return this.once(request, xml, () => {
      const loan = this.loans.get(ref);
      if (!loan) return fail(404, 'NOT_FOUND', `No loan ${ref}`);
      if (loan.status !== 'SANC' || !loan.decision.approved) return fail(409, 'INVALID_STATE', `Loan ${ref} is not sanctioned`);
      const amount = this.paise(request.AmountPaise, 'AmountPaise');
      if (amount > loan.decision.amountPaise) return fail(400, 'INVALID_REQUEST', 'AmountPaise exceeds the sanctioned amount');
      const account = String((request.Beneficiary as XmlNode | undefined)?.AccountNo ?? '');
      if (!/^\d{6,18}$/.test(account)) return fail(400, 'INVALID_REQUEST', 'Beneficiary AccountNo is required');
      if (!loan.disbursal) {
        const script = this.scripts.take(KUBER_CODE);
        const fails = account.endsWith(KUBER_FAILING_ACCOUNT_SUFFIX) || script.fails;
        loan.disbursal = { ref: deterministicId('KD-', ref), polls: 0, fails, amountPaise: amount + BigInt(script.deltaPaise), script };
      }
      return { status: 200, xml: toXml({ DisbursalResponse: { LoanRef: ref, DisbursalRef: loan.disbursal.ref, Status: 'DISB_INIT' } }) };
    });
  }

  forceStatus(ref: string, word: string): void {
    const loan = this.loans.get(ref);
    if (!loan) throw fail(404, 'NOT_FOUND', `No loan ${ref}`);
    loan.forcedStatus = word;
  }

  /** The loan as it stands, for the client that polls (KUBER has no webhooks). */
  applicationStatus(ref: string): { status: number; xml: string } {
    const loan = this.loans.get(ref);
    if (!loan) throw fail(404, 'NOT_FOUND', `No loan ${ref}`);
    return loan.forcedStatus
      ? { status: 200, xml: toXml({ ApplicationResponse: { LoanRef: ref, Status: loan.forcedStatus } }) }
      : this.application(loan);
  }

  /** The first poll still finds the money in flight; from the second on it has landed (or bounced). */
  disbursalStatus(ref: string): { status: number; xml: string } {
    const loan = this.loans.get(ref);
    const disbursal = loan?.disbursal;
    if (!disbursal) throw fail(404, 'NOT_FOUND', `No disbursal for ${ref}`);
    if (loan.forcedStatus) {
      return { status: 200, xml: toXml({ DisbursalResponse: { LoanRef: ref, DisbursalRef: disbursal.ref, Status: loan.forcedStatus } }) };
    }
    disbursal.polls += 1;
    const settled = disbursal.polls >= 2;
    const status = !settled ? 'DISB_INIT' : disbursal.fails ? 'DISB_FAIL' : 'DISB_DONE';
    disbursal.valueDate ??= settled ? valueDateToday().split('-').reverse().join('-') : undefined;
    const outcome =
      status === 'DISB_DONE'
        ? {
            Utr: deterministicId('KUBR', disbursal.ref).slice(0, 16),
            AmountPaise: String(disbursal.amountPaise),
            ValueDate: disbursal.valueDate,
          }
        : status === 'DISB_FAIL'
          ? { FailureReason: disbursal.script.fails ? disbursal.script.failureReason : 'Beneficiary account closed' }
          : {};
    return { status: 200, xml: toXml({ DisbursalResponse: { LoanRef: ref, DisbursalRef: disbursal.ref, Status: status, ...outcome } }) };
  }

  private application(loan: KuberLoan): { status: number; xml: string } {
    return { status: 200, xml: toXml({ ApplicationResponse: { LoanRef: loan.ref, Status: loan.status } }) };
  }

  private decide(request: XmlNode): KuberDecision {
    const applicant = request.Applicant as XmlNode | undefined;
    const loan = request.Loan as XmlNode | undefined;
    if (!applicant || !loan) throw fail(400, 'INVALID_REQUEST', 'Applicant and Loan are required');
    const pan = String(applicant.Pan ?? '');
    if (!/^[A-Z]{5}\d{4}[A-Z]$/.test(pan)) throw fail(400, 'INVALID_REQUEST', 'Pan is not a PAN');
    if (!/^\d{2}-\d{2}-\d{4}$/.test(String(applicant.Dob ?? ''))) throw fail(400, 'INVALID_REQUEST', 'Dob must be DD-MM-YYYY');
    this.paise(applicant.MonthlyIncomePaise, 'MonthlyIncomePaise');
    const tenure = String(loan.TenureMonths ?? '');
    if (!/^\d{1,3}$/.test(tenure)) throw fail(400, 'INVALID_REQUEST', 'TenureMonths must be an integer');
    const score = /^\d{3}$/.test(String(applicant.BureauScore ?? '')) ? Number(applicant.BureauScore) : bureauScoreOf(pan);
    return kuberDecision({ amountPaise: this.paise(loan.AmountPaise, 'AmountPaise'), tenureMonths: Number(tenure), score });
  }

  private paise(value: unknown, field: string): bigint {
    if (typeof value !== 'string' || !/^\d{1,15}$/.test(value)) throw fail(400, 'INVALID_REQUEST', `${field} must be integer paise`);
    return BigInt(value);
  }

  private root(xml: unknown, name: string): XmlNode {
    const node = fromXml(xml)?.[name] as XmlNode | undefined;
    if (!node || typeof node !== 'object') throw fail(400, 'INVALID_REQUEST', `Expected an XML <${name}>`);
    if (typeof node.RequestId !== 'string' || !node.RequestId) throw fail(400, 'INVALID_REQUEST', 'RequestId is required');
    return node;
  }

  /** The same RequestId gets the first answer again; reused with another body it is refused. */
  private once(request: XmlNode, xml: unknown, produce: () => Answer): { status: number; xml: string } {
    const fingerprint = createHash('sha256').update(String(xml)).digest('hex');
    const key = `${Object.keys(fromXml(xml) ?? {})[0]}:${String(request.RequestId)}`;
    const remembered = this.answers.remember(key, () => ({ fingerprint, answer: produce() }));
    if (remembered.fingerprint !== fingerprint) throw fail(409, 'DUPLICATE_REQUEST', 'RequestId was used with another body');
    if (remembered.answer instanceof LenderHttpError) throw remembered.answer;
    return remembered.answer;
  }
}
