import { Injectable } from '@nestjs/common';
import type { ComputeOffersRequest } from '@los/contracts';
import { LivePartners, PartnerError, PartnerErrorCode, type CanonicalApplicant, type LivePartner, type LoanAsk } from '@los/nbfc';
import { randomUUID } from 'node:crypto';
import type { LoanAskFacts } from '../../../eligibility/applicant-facts.js';
import { evaluationOfFailure, evaluationOfQuote } from './live-quote.mapper.js';
import type { OfferEvaluation, PartnerToEvaluate } from './offer-set.factory.js';

// The offer request carries no name or contact details; lenders quote on income, score and the ask.
const QUOTE_ONLY_NAME = 'Loan Applicant';
const QUOTE_PURPOSE = 'personal';

/** Asks every live-connected partner for a quote at once; each answers, declines or fails within its own budget. */
@Injectable()
export class LiveQuotes {
  constructor(private readonly live: LivePartners) {}

  async evaluate(
    request: ComputeOffersRequest,
    bureauScore: number,
    partners: PartnerToEvaluate[],
    ask: LoanAskFacts,
    correlationId: string,
  ): Promise<Map<string, OfferEvaluation>> {
    const quoted = partners.flatMap((partner) => {
      const live = this.live.quoterOf(partner.code);
      return live ? [{ partner, live }] : [];
    });
    const applicant = toCanonicalApplicant(request, bureauScore);
    const loan: LoanAsk = { amount: request.loan.amount, tenureMonths: request.loan.tenureMonths, purpose: QUOTE_PURPOSE };
    const answers = await Promise.allSettled(quoted.map(({ live }) => quoteWithin(live, applicant, loan, correlationId)));
    return new Map(
      quoted.map(({ partner }, index) => {
        const answer = answers[index]!;
        return [
          partner.code,
          answer.status === 'fulfilled' ? evaluationOfQuote(answer.value, partner.rules, ask) : evaluationOfFailure(answer.reason),
        ];
      }),
    );
  }
}

async function quoteWithin(live: LivePartner, applicant: CanonicalApplicant, ask: LoanAsk, correlationId: string) {
  const abort = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      abort.abort();
      reject(new PartnerError(PartnerErrorCode.Timeout, `no quote within ${live.quoteTimeoutMs} ms`, live.adapter.code));
    }, live.quoteTimeoutMs);
  });
  try {
    return await Promise.race([
      live.adapter.quote(applicant, ask, { requestId: randomUUID(), correlationId, signal: abort.signal }),
      deadline,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

function toCanonicalApplicant({ applicationId, applicant }: ComputeOffersRequest, bureauScore: number): CanonicalApplicant {
  return {
    applicationId,
    fullName: QUOTE_ONLY_NAME,
    dob: applicant.dob,
    pan: applicant.pan,
    mobile: '',
    email: '',
    employmentType: applicant.employmentType as CanonicalApplicant['employmentType'],
    monthlyIncome: applicant.monthlyIncome,
    existingEmiMonthly: applicant.existingEmiMonthly,
    pincode: applicant.pincode,
    city: applicant.state,
    state: applicant.state,
    bureauScore,
  };
}
