import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PARTNER_SEEDS } from '../database/seeds/partner-seeds.js';
import { Decimal } from '../emi/index.js';
import type { PartnerRules } from '../partners/rules/partner-rules.js';
import type { ApplicantFacts, LoanAskFacts } from './applicant-facts.js';
import { EligibilityReason as R } from './eligibility-reason.js';
import { evaluatePartner, offeredTenure, type PartnerEvaluation } from './eligibility.evaluator.js';

const TODAY = new Date('2026-03-15T06:00:00Z');
const rulesOf = (code: string): PartnerRules => structuredClone(PARTNER_SEEDS.find((seed) => seed.code === code)!.rules);
const [AURUM, VISTAAR, UDYAM, SETU] = ['AURUM_PRIME', 'VISTAAR_CREDIT', 'UDYAM_FINSERV', 'SETU_MICROLOANS'].map(rulesOf);

const typical: ApplicantFacts = {
  dob: { year: 1991, month: 1, day: 10 },
  monthlyIncome: new Decimal('85000'),
  existingEmiMonthly: new Decimal('12000'),
  employmentType: 'SALARIED',
  pincode: '560034',
  state: 'Karnataka',
  bureauScore: 750,
};
const ask: LoanAskFacts = { amount: new Decimal('250000'), tenureMonths: 36 };

const evaluate = (rules: PartnerRules, applicant: Partial<ApplicantFacts> = {}, loan: Partial<LoanAskFacts> = {}) =>
  evaluatePartner(rules, { ...typical, ...applicant }, { ...ask, ...loan }, TODAY);

function offerOf(evaluation: PartnerEvaluation) {
  assert.ok(evaluation.eligible, `expected an offer, got ${JSON.stringify(evaluation)}`);
  return evaluation;
}
function reasonsOf(evaluation: PartnerEvaluation) {
  assert.ok(!evaluation.eligible, 'expected a decline');
  return evaluation.reasons;
}

describe('evaluatePartner', () => {
  it('offers the typical salaried applicant the ask at each seeded partner, at its grid rate', () => {
    const offers = [AURUM, VISTAAR, UDYAM, SETU].map((rules) => offerOf(evaluate(rules)).loan);
    assert.deepEqual(
      offers.map((loan) => loan.annualRatePercent),
      [12.5, 14.25, 17.5, 23.5],
    );
    assert.deepEqual(
      offers.map((loan) => loan.amount.toString()),
      ['250000', '250000', '250000', '250000'],
    );
    assert.deepEqual(
      offers.map((loan) => loan.tenureMonths),
      [36, 36, 36, 24],
      'SETU offers 24 months, its longest below 36',
    );
  });

  it('prices the fee with its clamps and takes EMI, GST and net disbursal from the EMI engine', () => {
    const aurum = offerOf(evaluate(AURUM));
    assert.equal(aurum.loan.processingFee.toString(), '2999', '1% of 2,50,000 is 2,500, below the 2,999 minimum');
    assert.equal(aurum.quote.gstOnFees.toString(), '539.82');
    assert.equal(aurum.quote.netDisbursed.toString(), '246461.18');
    assert.equal(aurum.quote.emi.toString(), '8363.41');
    const vistaar = offerOf(evaluate(VISTAAR));
    assert.equal(vistaar.loan.processingFee.toString(), '4249', '1.5% + ₹499');
    const setu = offerOf(evaluate(SETU, {}, { amount: new Decimal('300000') }));
    assert.equal(setu.loan.processingFee.toString(), '7500', '2.5% of 3,00,000 is exactly the 7,500 maximum');
  });

  it('declines an income below the minimum at every partner', () => {
    for (const rules of [AURUM, VISTAAR, UDYAM, SETU]) {
      assert.ok(reasonsOf(evaluate(rules, { monthlyIncome: new Decimal('15000') })).includes(R.IncomeBelowMin));
    }
  });

  it('declines a score below the minimum, and nothing else, for an otherwise typical applicant', () => {
    for (const rules of [AURUM, VISTAAR, UDYAM, SETU]) {
      assert.deepEqual(reasonsOf(evaluate(rules, { bureauScore: 550 })), [R.ScoreBelowMin]);
    }
    assert.deepEqual(reasonsOf(evaluate(AURUM, { bureauScore: 719 })), [R.ScoreBelowMin]);
    offerOf(evaluate(AURUM, { bureauScore: 720 }));
  });

  it('serves a pincode by prefix or by state, ignoring case and spacing of the state', () => {
    assert.deepEqual(reasonsOf(evaluate(SETU, { pincode: '799001', state: 'Tripura' })), [R.PincodeNotServiceable]);
    assert.deepEqual(reasonsOf(evaluate(VISTAAR, { pincode: '799001', state: 'Tripura' })), [R.PincodeNotServiceable]);
    offerOf(evaluate(VISTAAR, { pincode: '799001', state: '  tamil   NADU ' }));
    assert.deepEqual(
      reasonsOf(evaluate(AURUM, { pincode: '570001', state: 'Karnataka' })),
      [R.PincodeNotServiceable],
      'Mysuru is not a metro',
    );
  });

  it('declines an employment type absent from the grid', () => {
    assert.deepEqual(reasonsOf(evaluate(AURUM, { employmentType: 'SELF_EMPLOYED' })), [R.EmploymentNotServed]);
    assert.equal(offerOf(evaluate(UDYAM, { employmentType: 'SELF_EMPLOYED' })).loan.annualRatePercent, 19.5);
  });

  it('picks the asked tenure if offered, else the longest shorter one, else declines', () => {
    assert.equal(offeredTenure([12, 24, 36], 36), 36);
    assert.equal(offeredTenure([12, 24, 36], 30), 24);
    assert.equal(offeredTenure([36, 12, 24], 480), 36);
    assert.equal(offeredTenure([12, 24], 6), undefined);
    assert.deepEqual(reasonsOf(evaluate(VISTAAR, {}, { tenureMonths: 6 })), [R.TenureNotOffered]);
    assert.equal(offerOf(evaluate(SETU, {}, { tenureMonths: 11 })).loan.tenureMonths, 9);
  });

  it('checks age at application and at maturity (today + tenure)', () => {
    assert.deepEqual(reasonsOf(evaluate(AURUM, { dob: { year: 2004, month: 1, day: 1 } })), [R.AgeOutOfRange], '22 is below 23');
    // 56 today; 36 months later 59: fits AURUM's 60 at maturity; 60 months later 61 does not.
    const fiftySix = { dob: { year: 1969, month: 6, day: 1 } };
    offerOf(evaluate(AURUM, fiftySix));
    assert.deepEqual(reasonsOf(evaluate(AURUM, fiftySix, { tenureMonths: 60 })), [R.AgeOutOfRange]);
    assert.deepEqual(
      reasonsOf(evaluate(AURUM, { dob: { year: 1967, month: 3, day: 15 } }, { tenureMonths: 12 })),
      [R.AgeOutOfRange],
      '59 today',
    );
  });

  it('declines an ask below the partner minimum and caps one above its maximum', () => {
    assert.deepEqual(reasonsOf(evaluate(AURUM, {}, { amount: new Decimal('99999.99') })), [R.AmountOutOfRange]);
    const capped = offerOf(evaluate(SETU, {}, { amount: new Decimal('500000') }));
    assert.equal(capped.loan.amount.toString(), '300000');
  });

  it('caps the amount at the FOIR limit and declines when that cap is below the partner minimum', () => {
    // 55% of 30,000 − 10,000 = 6,500 a month at 15.5% over 36 months.
    const applicant = { monthlyIncome: new Decimal('30000'), existingEmiMonthly: new Decimal('10000') };
    const offer = offerOf(evaluate(VISTAAR, applicant));
    assert.ok(offer.loan.amount.lt(250_000) && offer.loan.amount.gte(50_000), offer.loan.amount.toString());
    assert.ok(offer.quote.emi.lte(6_500), offer.quote.emi.toString());
    assert.ok(offer.loan.amount.isInteger());
    assert.deepEqual(reasonsOf(evaluate(VISTAAR, { ...applicant, existingEmiMonthly: new Decimal('15000') })), [R.FoirExceeded]);
    assert.deepEqual(reasonsOf(evaluate(VISTAAR, { ...applicant, existingEmiMonthly: new Decimal('16500') })), [R.FoirExceeded]);
  });

  it('lists every reason that applies, in a fixed order', () => {
    const reasons = reasonsOf(
      evaluate(
        AURUM,
        {
          monthlyIncome: new Decimal('15000'),
          existingEmiMonthly: new Decimal('9000'),
          employmentType: 'SELF_EMPLOYED',
          pincode: '799001',
          state: 'Tripura',
          bureauScore: 550,
          dob: { year: 1960, month: 1, day: 1 },
        },
        { amount: new Decimal('5000'), tenureMonths: 6 },
      ),
    );
    assert.deepEqual(reasons, [
      R.IncomeBelowMin,
      R.FoirExceeded,
      R.AgeOutOfRange,
      R.PincodeNotServiceable,
      R.ScoreBelowMin,
      R.AmountOutOfRange,
      R.EmploymentNotServed,
      R.TenureNotOffered,
    ]);
  });

  it('uses the income band: a higher income gets the lower rate', () => {
    assert.equal(offerOf(evaluate(AURUM, { monthlyIncome: new Decimal('149999.99') })).loan.annualRatePercent, 12.5);
    assert.equal(offerOf(evaluate(AURUM, { monthlyIncome: new Decimal('150000') })).loan.annualRatePercent, 11.75);
  });
});
