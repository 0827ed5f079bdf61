import { Decimal, type EmiQuote, maxPrincipalForEmi } from '../emi/index.js';
import type { PartnerRules } from '../partners/rules/partner-rules.js';
import { processingFeeFor } from '../partners/rules/processing-fee.js';
import { ageFits } from './applicant-age.js';
import type { ApplicantFacts, LoanAskFacts } from './applicant-facts.js';
import { EligibilityReason, REASON_ORDER } from './eligibility-reason.js';
import { type PricedLoan, quotePricedLoan } from './loan-pricing.js';
import { rateFor, servesEmployment } from './rate-grid.lookup.js';

// maxPrincipalForEmi takes EMIs up to ₹10 crore, its largest principal; a larger FOIR headroom is capped there.
const MAX_EMI = new Decimal(100_000_000);

export type PartnerEvaluation = { eligible: true; loan: PricedLoan; quote: EmiQuote } | { eligible: false; reasons: EligibilityReason[] };

/**
 * One partner's answer to one applicant. The offer is the smallest of the ask, the partner's maximum
 * and the FOIR cap (the largest principal whose EMI fits `income × maxFoir% − existing EMIs`).
 * An ask below the partner's minimum is AMOUNT_OUT_OF_RANGE (capping only lowers it); an ask above
 * the maximum is capped to it. A FOIR cap below the partner's minimum is FOIR_EXCEEDED.
 */
export function evaluatePartner(rules: PartnerRules, applicant: ApplicantFacts, ask: LoanAskFacts, today: Date): PartnerEvaluation {
  const reasons = new Set<EligibilityReason>();
  const flag = (reason: EligibilityReason, applies: boolean) => {
    if (applies) reasons.add(reason);
  };
  const tenureMonths = offeredTenure(rules.tenureMonths, ask.tenureMonths);
  const annualRatePercent = rateFor(rules.rateGrid, applicant.employmentType, applicant.monthlyIncome, applicant.bureauScore);

  flag(EligibilityReason.IncomeBelowMin, applicant.monthlyIncome.lt(rules.minMonthlyIncome));
  flag(EligibilityReason.ScoreBelowMin, applicant.bureauScore < rules.minBureauScore);
  flag(EligibilityReason.EmploymentNotServed, !servesEmployment(rules.rateGrid, applicant.employmentType));
  flag(EligibilityReason.PincodeNotServiceable, !isServiceable(rules.serviceable, applicant));
  flag(EligibilityReason.TenureNotOffered, tenureMonths === undefined);
  flag(EligibilityReason.AgeOutOfRange, !ageFits(rules.age, applicant.dob, today, tenureMonths ?? ask.tenureMonths));
  flag(EligibilityReason.AmountOutOfRange, ask.amount.lt(rules.amount.min));

  const maxEmi = applicant.monthlyIncome
    .mul(rules.maxFoirPercent)
    .div(100)
    .minus(applicant.existingEmiMonthly)
    .toDecimalPlaces(2, Decimal.ROUND_DOWN);
  let foirCap: Decimal | undefined;
  if (maxEmi.lte(0)) reasons.add(EligibilityReason.FoirExceeded);
  // Without a rate or a tenure the cap cannot be priced; those declines already carry their own reason.
  else if (annualRatePercent !== undefined && tenureMonths !== undefined) {
    foirCap = maxPrincipalForEmi(Decimal.min(maxEmi, MAX_EMI).toNumber(), annualRatePercent, tenureMonths);
    flag(EligibilityReason.FoirExceeded, foirCap.lt(rules.amount.min));
  }

  if (reasons.size > 0 || foirCap === undefined || annualRatePercent === undefined || tenureMonths === undefined) {
    // A validated grid prices every profile that clears the minimums, so an empty list cannot happen.
    return { eligible: false, reasons: REASON_ORDER.filter((reason) => reasons.has(reason)) };
  }
  const amount = Decimal.min(ask.amount, rules.amount.max, foirCap);
  const loan: PricedLoan = {
    amount,
    annualRatePercent,
    tenureMonths,
    processingFee: processingFeeFor(amount, rules.processingFee),
    gstPercent: rules.gstPercent,
  };
  return { eligible: true, loan, quote: quotePricedLoan(loan) };
}

/** The tenure asked for if offered, else the longest offered one below it. */
export function offeredTenure(offered: readonly number[], asked: number): number | undefined {
  const fitting = offered.filter((tenure) => tenure <= asked);
  return fitting.length > 0 ? Math.max(...fitting) : undefined;
}

function isServiceable(area: PartnerRules['serviceable'], applicant: ApplicantFacts): boolean {
  const state = normaliseState(applicant.state);
  return (
    area.pincodePrefixes.some((prefix) => applicant.pincode.startsWith(prefix)) ||
    area.states.some((served) => normaliseState(served) === state)
  );
}

const normaliseState = (state: string) => state.trim().replace(/\s+/g, ' ').toLowerCase();
