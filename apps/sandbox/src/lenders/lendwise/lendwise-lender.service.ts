import { Injectable, type OnModuleInit } from '@nestjs/common';
import { LenderDisbursalScripts, valueDateToday, type DisbursalScript } from '../faults/lender-disbursal-scripts.service.js';
import { LenderFaults } from '../faults/lender-faults.service.js';
import { LenderWebhooks } from '../faults/lender-webhooks.service.js';
import { IdempotencyStore } from '../shared/idempotency.store.js';
import { deterministicId } from '../shared/lender-ids.js';
import { LenderHttpError } from '../shared/lender-http.error.js';
import { lendwiseDecision, type LendwiseDecision } from './lendwise-appetite.js';
import { LENDWISE_CODE, LENDWISE_SANDBOX_WEBHOOK_SECRET } from './lendwise-lender.constants.js';
import { lendwiseSignatureHeader } from './lendwise-webhook-signature.js';

type Body = Record<string, unknown>;

interface LendwiseApplication {
  applicationId: string;
  status: string;
  decision: LendwiseDecision;
  disbursal?: { disbursalId: string; status: string; utr?: string; amount: number; valueDate?: string; script: DisbursalScript };
}

export const lendwiseError = (status: number, code: string, message: string) => new LenderHttpError(status, { error: { code, message } });

/** Simulated LENDWISE: synchronous quotes, decisions pushed by signed webhook, disbursal a moment later. */
@Injectable()
export class LendwiseLenderService implements OnModuleInit {
  private readonly quotes = new IdempotencyStore<Body>();
  private readonly submissions = new IdempotencyStore<Body>();
  private readonly disbursals = new IdempotencyStore<Body>();
  private readonly applications = new Map<string, LendwiseApplication>();

  constructor(
    private readonly faults: LenderFaults,
    private readonly webhooks: LenderWebhooks,
    private readonly scripts: LenderDisbursalScripts,
  ) {}

  onModuleInit(): void {
    this.faults.registerErrorBody(LENDWISE_CODE, (_status, code, message) => ({ error: { code, message } }));
  }

  quote(body: Body, idempotencyKey: string | undefined): Body {
    const ask = this.readAsk(body);
    return this.quotes.remember(idempotencyKey, () => {
      const decision = lendwiseDecision(ask);
      const quoteId = deterministicId('LWQ-', String(body.referenceId), JSON.stringify(ask));
      const expiresAt = new Date(Date.now() + 7 * 86_400_000).toISOString();
      return decision.outcome === 'approved'
        ? {
            quoteId,
            outcome: 'approved',
            offer: {
              amount: decision.amount,
              tenureMonths: ask.tenureMonths,
              interestRate: decision.interestRate,
              processingFee: decision.processingFee,
            },
            expiresAt,
          }
        : { quoteId, outcome: 'declined', reasons: decision.reasons, expiresAt };
    });
  }

  submit(body: Body, idempotencyKey: string | undefined): Body {
    const ask = this.readAsk(body);
    return this.submissions.remember(idempotencyKey ?? String(body.referenceId), () => {
      const applicationId = deterministicId('LW-APP-', idempotencyKey ?? String(body.referenceId));
      const application: LendwiseApplication = { applicationId, status: 'in_review', decision: lendwiseDecision(ask) };
      this.applications.set(applicationId, application);
      this.changeStatus(application, application.decision.outcome);
      return { applicationId, status: 'in_review' };
    });
  }

  accept(applicationId: string, body: Body): Body {
    const application = this.application(applicationId);
    if (typeof body.quoteId !== 'string') throw lendwiseError(400, 'VALIDATION_ERROR', 'quoteId is required');
    if (application.status !== 'approved') throw lendwiseError(409, 'INVALID_STATE', `application is ${application.status}`);
    return { applicationId, status: application.status };
  }

  disburse(applicationId: string, body: Body, idempotencyKey: string | undefined): Body {
    const application = this.application(applicationId);
    if (typeof body.amount !== 'number' || typeof body.beneficiary !== 'object' || body.beneficiary === null) {
      throw lendwiseError(400, 'VALIDATION_ERROR', 'amount and beneficiary are required');
    }
    return this.disbursals.remember(idempotencyKey ?? applicationId, () => {
      if (application.status !== 'approved') throw lendwiseError(409, 'INVALID_STATE', `application is ${application.status}`);
      const disbursalId = deterministicId('LW-DSB-', applicationId);
      const script = this.scripts.take(LENDWISE_CODE);
      const amount = Math.round((body.amount as number) * 100 + script.deltaPaise) / 100;
      const disbursal = { disbursalId, status: 'disbursing', amount, script } as NonNullable<LendwiseApplication['disbursal']>;
      application.disbursal = disbursal;
      this.changeStatus(application, 'disbursing');
      setTimeout(() => {
        if (script.fails) {
          disbursal.status = 'disbursal_failed';
          return this.changeStatus(application, 'disbursal_failed');
        }
        disbursal.utr = deterministicId('UTR', disbursalId).slice(0, 16);
        disbursal.valueDate = valueDateToday();
        disbursal.status = 'disbursed';
        this.changeStatus(application, 'disbursed');
      }, 50).unref();
      return { applicationId, disbursalId, status: 'disbursing' };
    });
  }

  /** The application as it stands, for a client that polls instead of (or besides) waiting for webhooks. */
  status(applicationId: string): Body {
    const application = this.application(applicationId);
    return { applicationId, status: application.status };
  }

  disbursal(applicationId: string): Body {
    const application = this.application(applicationId);
    if (!application.disbursal) throw lendwiseError(404, 'NOT_FOUND', 'no disbursal for this application');
    const { disbursalId, utr, amount, valueDate, script, status } = application.disbursal;
    const paid = utr ? { utr, amount, valueDate } : {};
    return {
      applicationId,
      disbursalId,
      status,
      ...paid,
      ...(status === 'disbursal_failed' ? { failureReason: script.failureReason } : {}),
    };
  }

  /** Test control: the next answers and webhooks carry this word, known or not. */
  forceStatus(applicationId: string, status: string): Body {
    const application = this.application(applicationId);
    if (application.disbursal) application.disbursal.status = status;
    this.changeStatus(application, status);
    return { applicationId, status };
  }

  private changeStatus(application: LendwiseApplication, status: string): void {
    application.status = status;
    if (application.disbursal?.script.withholdWebhooks) return;
    const createdAt = new Date().toISOString();
    // A disbursed webhook says how much went out and under which UTR.
    const disbursal = application.disbursal;
    const paid =
      status === 'disbursed' && disbursal?.utr
        ? { utr: disbursal.utr, amount: disbursal.amount, valueDate: disbursal.valueDate }
        : status === 'disbursal_failed' && disbursal
          ? { failureReason: disbursal.script.failureReason }
          : {};
    const rawBody = JSON.stringify({
      id: deterministicId('evt_', application.applicationId, status),
      type: 'application.status_changed',
      createdAt,
      data: { applicationId: application.applicationId, status, ...paid },
    });
    const signature = lendwiseSignatureHeader(rawBody, LENDWISE_SANDBOX_WEBHOOK_SECRET, Math.floor(Date.now() / 1000));
    this.webhooks.send(LENDWISE_CODE, { rawBody, headers: { 'lendwise-signature': signature } });
  }

  private application(applicationId: string): LendwiseApplication {
    const application = this.applications.get(applicationId);
    if (!application) throw lendwiseError(404, 'NOT_FOUND', `application ${applicationId} not found`);
    return application;
  }

  private readAsk(body: Body) {
    const { monthlyIncome, creditScore, loanAmount, tenureMonths, referenceId, fullName, pan } = body;
    const valid =
      typeof monthlyIncome === 'number' &&
      (creditScore === null || typeof creditScore === 'number') &&
      typeof loanAmount === 'number' &&
      loanAmount > 0 &&
      Number.isInteger(tenureMonths) &&
      typeof referenceId === 'string' &&
      typeof fullName === 'string' &&
      typeof pan === 'string';
    if (!valid)
      throw lendwiseError(
        400,
        'VALIDATION_ERROR',
        'referenceId, fullName, pan, monthlyIncome, creditScore, loanAmount and tenureMonths are required',
      );
    return { monthlyIncome, creditScore: creditScore as number | null, loanAmount, tenureMonths: tenureMonths as number };
  }
}
