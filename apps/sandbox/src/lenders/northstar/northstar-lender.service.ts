import { Injectable, type OnModuleInit } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { LenderDisbursalScripts, valueDateToday, type DisbursalScript } from '../faults/lender-disbursal-scripts.service.js';
import { LenderFaults } from '../faults/lender-faults.service.js';
import { LenderWebhooks } from '../faults/lender-webhooks.service.js';
import { IdempotencyStore } from '../shared/idempotency.store.js';
import { deterministicId } from '../shared/lender-ids.js';
import { LenderHttpError } from '../shared/lender-http.error.js';
import { northstarDecision, type NorthstarDecision } from './northstar-appetite.js';
import {
  NORTHSTAR_CODE,
  NORTHSTAR_DEFAULT_TOKEN_TTL_SECONDS,
  NORTHSTAR_SANDBOX_CLIENT_ID,
  NORTHSTAR_SANDBOX_CLIENT_SECRET,
  NORTHSTAR_SANDBOX_WEBHOOK_SECRET,
} from './northstar-lender.constants.js';
import { northstarSignatureHeader } from './northstar-webhook-signature.js';

type Body = Record<string, unknown>;

interface NorthstarLoan {
  id: string;
  status: string;
  decision: NorthstarDecision;
  disbursement?: { disbursement_id: string; status: string; utr?: string; amount: number; value_date?: string; script: DisbursalScript };
}

export const northstarError = (status: number, code: string, detail: string) => new LenderHttpError(status, { errors: [{ code, detail }] });

/** Simulated NORTHSTAR: OAuth2 client credentials, instant eligibility, underwriting decisions by signed webhook. */
@Injectable()
export class NorthstarLenderService implements OnModuleInit {
  private readonly tokens = new Map<string, number>();
  private tokenTtlSeconds = NORTHSTAR_DEFAULT_TOKEN_TTL_SECONDS;
  private readonly eligibility = new IdempotencyStore<Body>();
  private readonly submissions = new IdempotencyStore<Body>();
  private readonly disbursements = new IdempotencyStore<Body>();
  private readonly loans = new Map<string, NorthstarLoan>();

  constructor(
    private readonly faults: LenderFaults,
    private readonly webhooks: LenderWebhooks,
    private readonly scripts: LenderDisbursalScripts,
  ) {}

  onModuleInit(): void {
    this.faults.registerErrorBody(NORTHSTAR_CODE, (_status, code, detail) => ({ errors: [{ code, detail }] }));
  }

  issueToken(body: Body): Body {
    if (
      body.grant_type !== 'client_credentials' ||
      body.client_id !== NORTHSTAR_SANDBOX_CLIENT_ID ||
      body.client_secret !== NORTHSTAR_SANDBOX_CLIENT_SECRET
    ) {
      throw new LenderHttpError(401, { error: 'invalid_client' });
    }
    const token = `nst_${randomBytes(16).toString('hex')}`;
    this.tokens.set(token, Date.now() + this.tokenTtlSeconds * 1000);
    return { access_token: token, token_type: 'Bearer', expires_in: this.tokenTtlSeconds };
  }

  authenticate(authorization: string | undefined): void {
    const token = authorization?.startsWith('Bearer ') ? authorization.slice(7) : undefined;
    const expiresAt = token ? this.tokens.get(token) : undefined;
    if (expiresAt === undefined || expiresAt <= Date.now())
      throw northstarError(401, 'TOKEN_INVALID', 'access token missing, unknown or expired');
  }

  /** Test controls: shorter token lifetimes, and revoking every token (the next call gets a 401). */
  configureTokens(ttlSeconds: number | undefined, revoke: boolean): Body {
    if (ttlSeconds !== undefined) this.tokenTtlSeconds = ttlSeconds;
    if (revoke) this.tokens.clear();
    return { ttlSeconds: this.tokenTtlSeconds };
  }

  checkEligibility(body: Body, idempotencyKey: string | undefined): Body {
    const ask = this.readAsk(body);
    return this.eligibility.remember(idempotencyKey, () => {
      const decision = northstarDecision(ask);
      const eligibilityId = deterministicId('NS-ELG-', String(body.reference_id), JSON.stringify(ask));
      const validTill = new Date(Date.now() + 3 * 86_400_000).toISOString();
      return decision.result === 'ELIGIBLE'
        ? {
            eligibility_id: eligibilityId,
            result: 'ELIGIBLE',
            indicative_offer: {
              sanctioned_amount: decision.amount,
              tenure_in_months: ask.tenureMonths,
              roi_annual: decision.roi,
              processing_fee: decision.processingFee,
            },
            valid_till: validTill,
          }
        : { eligibility_id: eligibilityId, result: 'INELIGIBLE', reasons: decision.reasons, valid_till: validTill };
    });
  }

  submit(body: Body): Body {
    const ask = this.readAsk(body);
    if (typeof body.client_request_id !== 'string') throw northstarError(400, 'MISSING_FIELD', 'client_request_id is required');
    return this.submissions.remember(body.client_request_id, () => {
      const id = deterministicId('NS-LA-', body.client_request_id as string);
      const loan: NorthstarLoan = { id, status: 'PENDING_UNDERWRITING', decision: northstarDecision(ask) };
      this.loans.set(id, loan);
      this.changeStatus(loan, loan.decision.result === 'ELIGIBLE' ? 'SANCTIONED' : 'NOT_SANCTIONED');
      return { loan_application_id: id, status: 'PENDING_UNDERWRITING' };
    });
  }

  accept(id: string, body: Body): Body {
    const loan = this.loan(id);
    if (typeof body.eligibility_id !== 'string') throw northstarError(400, 'MISSING_FIELD', 'eligibility_id is required');
    if (loan.status !== 'SANCTIONED' && loan.status !== 'OFFER_ACCEPTED')
      throw northstarError(409, 'INVALID_STATE', `loan is ${loan.status}`);
    loan.status = 'OFFER_ACCEPTED';
    return { loan_application_id: id, status: loan.status };
  }

  disburse(id: string, body: Body): Body {
    const loan = this.loan(id);
    const disbursement = body.disbursement as { amount?: { value?: unknown } } | undefined;
    if (typeof body.client_request_id !== 'string' || typeof disbursement?.amount?.value !== 'number') {
      throw northstarError(400, 'MISSING_FIELD', 'client_request_id and disbursement.amount.value are required');
    }
    return this.disbursements.remember(body.client_request_id, () => {
      if (loan.status !== 'OFFER_ACCEPTED' && loan.status !== 'SANCTIONED')
        throw northstarError(409, 'INVALID_STATE', `loan is ${loan.status}`);
      const disbursementId = deterministicId('NS-DSB-', id);
      const script = this.scripts.take(NORTHSTAR_CODE);
      const paid: NonNullable<NorthstarLoan['disbursement']> = (loan.disbursement = {
        disbursement_id: disbursementId,
        status: 'DISBURSEMENT_IN_PROGRESS',
        amount: Math.round((disbursement!.amount!.value as number) * 100 + script.deltaPaise) / 100,
        script,
      });
      this.changeStatus(loan, 'DISBURSEMENT_IN_PROGRESS');
      setTimeout(() => {
        if (script.fails) {
          paid.status = 'DISBURSEMENT_FAILED';
          return this.changeStatus(loan, 'DISBURSEMENT_FAILED');
        }
        paid.utr = deterministicId('NSUTR', disbursementId).slice(0, 16);
        paid.value_date = valueDateToday();
        paid.status = 'DISBURSED';
        this.changeStatus(loan, 'DISBURSED');
      }, 50).unref();
      return { loan_application_id: id, disbursement: this.disbursementView(loan) };
    });
  }

  /** The loan application as it stands, for a client that polls. */
  status(id: string): Body {
    return { loan_application_id: id, status: this.loan(id).status };
  }

  disbursement(id: string): Body {
    const loan = this.loan(id);
    if (!loan.disbursement) throw northstarError(404, 'NOT_FOUND', 'no disbursement for this loan');
    return { loan_application_id: id, disbursement: this.disbursementView(loan) };
  }

  forceStatus(id: string, status: string): Body {
    const loan = this.loan(id);
    if (loan.disbursement) loan.disbursement.status = status;
    this.changeStatus(loan, status);
    return { loan_application_id: id, status };
  }

  private changeStatus(loan: NorthstarLoan, status: string): void {
    loan.status = status;
    if (loan.disbursement?.script.withholdWebhooks) return;
    const payload =
      status === 'NOT_SANCTIONED' && loan.decision.result === 'INELIGIBLE'
        ? { reason: loan.decision.reasons.map((r) => r.code).join(',') }
        : status === 'DISBURSED' && loan.disbursement
          ? {
              utr: loan.disbursement.utr,
              amount: { value: loan.disbursement.amount, currency: 'INR' },
              value_date: loan.disbursement.value_date,
            }
          : status === 'DISBURSEMENT_FAILED' && loan.disbursement
            ? { reason: loan.disbursement.script.failureReason }
            : {};
    const rawBody = JSON.stringify({
      event_id: deterministicId('nse_', loan.id, status),
      event_type: 'loan_application.status_updated',
      loan_application_id: loan.id,
      status,
      occurred_at: new Date().toISOString(),
      payload,
    });
    this.webhooks.send(NORTHSTAR_CODE, {
      rawBody,
      headers: { 'x-northstar-signature': northstarSignatureHeader(rawBody, NORTHSTAR_SANDBOX_WEBHOOK_SECRET) },
    });
  }

  private disbursementView(loan: NorthstarLoan): Body {
    const { amount, script, ...view } = loan.disbursement!;
    const failed = view.status === 'DISBURSEMENT_FAILED' ? { failure_reason: script.failureReason } : {};
    return { ...view, ...failed, ...(view.utr ? { amount: { value: amount, currency: 'INR' } } : {}) };
  }

  private loan(id: string): NorthstarLoan {
    const loan = this.loans.get(id);
    if (!loan) throw northstarError(404, 'NOT_FOUND', `loan application ${id} not found`);
    return loan;
  }

  private readAsk(body: Body) {
    const applicant = body.applicant as Body | undefined;
    const income = applicant?.income as Body | undefined;
    const request = body.loan_request as Body | undefined;
    const bureau = applicant?.bureau as Body | null | undefined;
    const employment = applicant?.employment as Body | undefined;
    const obligations = applicant?.obligations as Body | undefined;
    const valid =
      typeof body.reference_id === 'string' &&
      typeof applicant?.full_name === 'string' &&
      typeof income?.monthly_amount === 'number' &&
      income.monthly_amount > 0 &&
      income.currency === 'INR' &&
      typeof request?.principal_amount === 'number' &&
      request.principal_amount > 0 &&
      Number.isInteger(request.tenure_in_months);
    if (!valid)
      throw northstarError(422, 'INVALID_APPLICATION', 'reference_id, applicant.full_name, applicant.income and loan_request are required');
    return {
      employmentType: String(employment?.type),
      monthlyIncome: income!.monthly_amount as number,
      existingEmi: typeof obligations?.existing_emi_monthly === 'number' ? obligations.existing_emi_monthly : 0,
      score: typeof bureau?.score === 'number' ? bureau.score : null,
      principal: request!.principal_amount as number,
      tenureMonths: request!.tenure_in_months as number,
    };
  }
}
