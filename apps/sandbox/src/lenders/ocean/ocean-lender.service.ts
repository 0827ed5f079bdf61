import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { bureauScoreOf } from '../../bureau/bureau-score.model.js';
import { LenderDisbursalScripts, valueDateToday, type DisbursalScript } from '../faults/lender-disbursal-scripts.service.js';
import { LenderWebhooks } from '../faults/lender-webhooks.service.js';
import { IdempotencyStore } from '../shared/idempotency.store.js';
import { deterministicId } from '../shared/lender-ids.js';
import { oceanDecision, type OceanDecision } from './ocean-appetite.js';
import { OCEAN_CODE, OCEAN_FAILING_ACCOUNT_SUFFIX, OCEAN_SETTLEMENT_MS } from './ocean-lender.constants.js';
import { OceanKeys } from './ocean-keys.service.js';

type Json = Record<string, unknown>;

type DisbursementStatus = 'DISBURSEMENT_INITIATED' | 'DISBURSED' | 'DISBURSEMENT_FAILED';

class InvalidField extends Error {}

interface OceanLoan {
  id: string;
  requestId: string;
  decision: OceanDecision;
  accepted: boolean;
  disbursement?: { id: string; status: DisbursementStatus; amount: string; utr?: string; valueDate?: string; script: DisbursalScript };
  /** A word set by a test, answered and called back as is. */
  forcedStatus?: string;
}

export interface SignedAnswer {
  status: number;
  text: string;
  signature: string;
}

const RUPEES = /^\d{1,12}(\.\d{1,2})?$/;

/** The simulated OCEAN: decisions from its appetite, replays by requestId, results as signed callbacks. */
@Injectable()
export class OceanLenderService {
  private readonly quotes = new Map<string, OceanDecision>();
  private readonly loans = new Map<string, OceanLoan>();
  private readonly answers = new IdempotencyStore<{ fingerprint: string; answer: SignedAnswer }>();

  constructor(
    private readonly keys: OceanKeys,
    private readonly webhooks: LenderWebhooks,
    private readonly scripts: LenderDisbursalScripts,
  ) {}

  quote(body: Json): SignedAnswer {
    return this.once('quote', body, () => {
      const decision = this.decide(body);
      const quoteId = deterministicId('OQ-', String(body.requestId));
      this.quotes.set(quoteId, decision);
      const validUntil = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
      return this.ok(
        decision.approved
          ? { requestId: body.requestId, quoteId, status: 'OFFER_APPROVED', offer: { ...this.offer(decision), validUntil } }
          : { requestId: body.requestId, quoteId, status: 'OFFER_REJECTED', rejectionReasons: decision.reasons },
      );
    });
  }

  submit(body: Json): SignedAnswer {
    return this.once('submit', body, () => {
      const quoteId = typeof body.quoteId === 'string' ? body.quoteId : undefined;
      const decision = quoteId ? this.quotes.get(quoteId) : this.decide(body);
      if (!decision) return this.error(404, 'NOT_FOUND', `No quote ${quoteId}`);
      const loan: OceanLoan = {
        id: deterministicId('OL-', String(body.requestId)),
        requestId: String(body.requestId),
        decision,
        accepted: false,
      };
      this.loans.set(loan.id, loan);
      this.callback(loan, 'UNDERWRITING');
      this.callback(
        loan,
        decision.approved ? 'OFFER_APPROVED' : 'OFFER_REJECTED',
        decision.approved ? {} : { rejectionReasons: decision.reasons },
      );
      return this.ok({ requestId: body.requestId, loanApplicationId: loan.id, status: 'LOAN_APPLICATION_RECEIVED' });
    });
  }

  accept(id: string, body: Json): SignedAnswer {
    return this.once('accept', body, () => {
      const loan = this.loans.get(id);
      if (!loan) return this.error(404, 'NOT_FOUND', `No loan application ${id}`);
      if (!loan.decision.approved) return this.error(409, 'INVALID_STATE', `Loan application ${id} was rejected`);
      loan.accepted = true;
      return this.ok({ requestId: body.requestId, loanApplicationId: id, status: 'OFFER_APPROVED' });
    });
  }

  disburse(id: string, body: Json): SignedAnswer {
    return this.once('disburse', body, () => {
      const loan = this.loans.get(id);
      if (!loan) return this.error(404, 'NOT_FOUND', `No loan application ${id}`);
      if (!loan.accepted || !loan.decision.approved)
        return this.error(409, 'INVALID_STATE', `Loan application ${id} has no accepted offer`);
      const beneficiary = body.beneficiary as Json | undefined;
      const account = String(beneficiary?.accountNumber ?? '');
      if (typeof body.amount !== 'string' || !RUPEES.test(body.amount) || !/^\d{6,18}$/.test(account)) {
        return this.error(400, 'INVALID_REQUEST', 'amount and beneficiary.accountNumber are required');
      }
      if (Number(body.amount) > Number(loan.decision.amount))
        return this.error(400, 'INVALID_REQUEST', 'amount exceeds the approved amount');
      if (!loan.disbursement) {
        const script = this.scripts.take(OCEAN_CODE);
        const [whole, fraction = ''] = body.amount.split('.');
        const paidPaise = Number(whole) * 100 + Number(fraction.padEnd(2, '0')) + script.deltaPaise;
        const disbursement: NonNullable<OceanLoan['disbursement']> = {
          id: deterministicId('OD-', id),
          status: 'DISBURSEMENT_INITIATED',
          amount: `${Math.trunc(paidPaise / 100)}.${String(paidPaise % 100).padStart(2, '0')}`,
          script,
        };
        loan.disbursement = disbursement;
        const fails = account.endsWith(OCEAN_FAILING_ACCOUNT_SUFFIX) || script.fails;
        setTimeout(() => {
          disbursement.status = fails ? 'DISBURSEMENT_FAILED' : 'DISBURSED';
          const utr = fails ? undefined : deterministicId('OCEN', disbursement.id).slice(0, 16);
          disbursement.utr = utr;
          disbursement.valueDate = fails ? undefined : valueDateToday();
          if (script.withholdWebhooks) return;
          this.callback(loan, disbursement.status, {
            disbursementId: disbursement.id,
            ...(utr ? { utr, amount: disbursement.amount, valueDate: disbursement.valueDate } : { failureReason: script.failureReason }),
          });
        }, OCEAN_SETTLEMENT_MS).unref();
      }
      return this.ok(this.disbursementView(loan));
    });
  }

  forceStatus(id: string, word: string): boolean {
    const loan = this.loans.get(id);
    if (!loan) return false;
    loan.forcedStatus = word;
    this.callback(loan, word);
    return true;
  }

  /** The loan application as it stands (OCEAN decides on submission), for a client that polls. */
  applicationStatus(id: string): SignedAnswer {
    const loan = this.loans.get(id);
    if (!loan) return this.error(404, 'NOT_FOUND', `No loan application ${id}`);
    const decided = loan.decision.approved ? 'OFFER_APPROVED' : 'OFFER_REJECTED';
    return this.ok({ requestId: loan.requestId, loanApplicationId: id, status: loan.forcedStatus ?? loan.disbursement?.status ?? decided });
  }

  disbursementStatus(id: string): SignedAnswer {
    const loan = this.loans.get(id);
    if (!loan?.disbursement) return this.error(404, 'NOT_FOUND', `No disbursement for ${id}`);
    return this.ok(this.disbursementView(loan));
  }

  error(status: number, code: string, message: string): SignedAnswer {
    return this.signed(status, { error: { code, message } });
  }

  private disbursementView(loan: OceanLoan): Json {
    const { id, status, utr, amount, valueDate, script } = loan.disbursement!;
    const outcome = utr ? { utr, amount, valueDate } : status === 'DISBURSEMENT_FAILED' ? { failureReason: script.failureReason } : {};
    return { loanApplicationId: loan.id, disbursementId: id, status: loan.forcedStatus ?? status, ...outcome };
  }

  private offer(decision: Extract<OceanDecision, { approved: true }>): Json {
    return {
      amount: decision.amount,
      tenureMonths: decision.tenureMonths,
      interestRate: decision.interestRate,
      processingFee: decision.processingFee,
    };
  }

  private decide(body: Json): OceanDecision {
    const borrower = body.borrower as Json | undefined;
    const loan = body.loanRequest as Json | undefined;
    const pan = String(borrower?.pan ?? '');
    const invalid = (field: string) => new InvalidField(field);
    if (!/^[A-Z]{5}\d{4}[A-Z]$/.test(pan)) throw invalid('borrower.pan');
    for (const [field, value] of [
      ['borrower.monthlyIncome', borrower?.monthlyIncome],
      ['borrower.existingEmi', borrower?.existingEmi],
      ['loanRequest.amount', loan?.amount],
    ] as const) {
      if (typeof value !== 'string' || !RUPEES.test(value)) throw invalid(field);
    }
    if (!Number.isInteger(loan?.tenureMonths)) throw invalid('loanRequest.tenureMonths');
    const score = Number.isInteger(borrower?.bureauScore) ? (borrower!.bureauScore as number) : bureauScoreOf(pan);
    return oceanDecision({
      monthlyIncome: Number(borrower!.monthlyIncome),
      existingEmi: Number(borrower!.existingEmi),
      amount: Number(loan!.amount),
      tenureMonths: loan!.tenureMonths as number,
      score,
    });
  }

  private callback(loan: OceanLoan, status: string, extra: Json = {}): void {
    const payload = JSON.stringify({
      callbackId: deterministicId('OCB-', loan.id, status),
      requestId: loan.requestId,
      loanApplicationId: loan.id,
      status,
      timestamp: new Date().toISOString(),
      ...extra,
    });
    this.webhooks.send(OCEAN_CODE, { rawBody: payload, headers: { 'x-jws-signature': this.keys.sign(payload) } });
  }

  private ok(body: Json): SignedAnswer {
    return this.signed(200, body);
  }

  private signed(status: number, body: Json): SignedAnswer {
    const text = JSON.stringify(body);
    return { status, text, signature: this.keys.sign(text) };
  }

  /** The same requestId gets the first answer again (its timestamp aside); reused for another request it is refused. */
  private once(operation: string, body: Json, produce: () => SignedAnswer): SignedAnswer {
    if (typeof body.requestId !== 'string' || !body.requestId) return this.error(400, 'INVALID_REQUEST', 'requestId is required');
    const { timestamp: _timestamp, ...rest } = body;
    const fingerprint = createHash('sha256').update(JSON.stringify(rest)).digest('hex');
    let produced: SignedAnswer;
    try {
      const remembered = this.answers.remember(`${operation}:${body.requestId}`, () => ({ fingerprint, answer: produce() }));
      if (remembered.fingerprint !== fingerprint) return this.error(409, 'DUPLICATE_REQUEST_ID', 'requestId was used for another request');
      produced = remembered.answer;
    } catch (error) {
      if (error instanceof InvalidField) return this.error(400, 'INVALID_REQUEST', `${error.message} is invalid`);
      throw error;
    }
    return produced;
  }
}
