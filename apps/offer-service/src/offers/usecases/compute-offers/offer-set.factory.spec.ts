import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PARTNER_SEEDS } from '../../../database/seeds/partner-seeds.js';
import { Decimal } from '../../../emi/index.js';
import type { PartnerRules } from '../../../partners/rules/partner-rules.js';
import { evaluationOfQuote } from './live-quote.mapper.js';
import { buildOfferSet, type OfferEvaluation, type PartnerToEvaluate } from './offer-set.factory.js';

const NOW = new Date('2026-03-15T06:00:00.000Z');
const DAY = 86_400_000;
const rules = (code: string, change: Partial<PartnerRules> = {}): PartnerRules => ({
  ...structuredClone(PARTNER_SEEDS.find((seed) => seed.code === code)!.rules),
  ...change,
});
const partner = (code: string, rulesOf: PartnerRules, version = 1): PartnerToEvaluate => ({
  code,
  name: `${code} Ltd`,
  version,
  rules: rulesOf,
});

function build(partners: PartnerToEvaluate[], bureauScore = 750, liveEvaluations?: ReadonlyMap<string, OfferEvaluation>) {
  let n = 0;
  return buildOfferSet({
    id: 'set-1',
    applicationId: 'app-1',
    generation: 1,
    partners,
    now: NOW,
    newId: () => `offer-${++n}`,
    applicant: {
      dob: { year: 1991, month: 1, day: 10 },
      monthlyIncome: new Decimal('85000'),
      existingEmiMonthly: new Decimal('12000'),
      employmentType: 'SALARIED',
      pincode: '560034',
      state: 'Karnataka',
      bureauScore,
    },
    ask: { amount: new Decimal('250000'), tenureMonths: 36 },
    liveEvaluations,
  });
}

describe('buildOfferSet', () => {
  it('orders offers by APR, breaks ties by partner code whatever the input order, then lists declines by code', () => {
    const same = rules('VISTAAR_CREDIT');
    const { set, offers } = build([
      partner('ZETA_FIN', rules('AURUM_PRIME', { minBureauScore: 800 })),
      partner('B_LENDER', same),
      partner('SETU_MICROLOANS', rules('SETU_MICROLOANS')),
      partner('A_LENDER', same),
      partner('AURUM_PRIME', rules('AURUM_PRIME'), 4),
      partner('M_DECLINES', rules('AURUM_PRIME', { minMonthlyIncome: 90_000 })),
    ]);
    assert.deepEqual(
      set.results.map((r) => [r.partnerCode, r.eligible]),
      [
        ['AURUM_PRIME', true],
        ['A_LENDER', true],
        ['B_LENDER', true],
        ['SETU_MICROLOANS', true],
        ['M_DECLINES', false],
        ['ZETA_FIN', false],
      ],
    );
    assert.deepEqual(set.results[4].reasons, ['INCOME_BELOW_MIN']);
    assert.equal(offers.length, 4);
    const aurum = offers.find((offer) => offer.partnerCode === 'AURUM_PRIME')!;
    assert.deepEqual(
      [aurum.ruleVersion, aurum.amount, aurum.emi, aurum.processingFee, aurum.status],
      [4, '250000.00', '8363.41', '2999.00', 'OFFERED'],
    );
    assert.equal(set.results[0].offerId, aurum.id);
  });

  it('records each offer expiry, and the set is served until the earliest', () => {
    const { set, offers } = build([partner('AURUM_PRIME', rules('AURUM_PRIME')), partner('SETU_MICROLOANS', rules('SETU_MICROLOANS'))]);
    assert.deepEqual(
      offers.map((offer) => offer.validUntil.getTime() - NOW.getTime()),
      [7 * DAY, 3 * DAY],
    );
    assert.equal(set.validUntil.getTime(), NOW.getTime() + 3 * DAY);
    assert.deepEqual(set.inputs, {
      monthlyIncome: '85000.00',
      existingEmiMonthly: '12000.00',
      employmentType: 'SALARIED',
      pincode: '560034',
      state: 'Karnataka',
      ageYears: 35,
      loan: { amount: '250000.00', tenureMonths: 36 },
    });
  });

  it('keeps a set without offers for the shortest validity among the partners asked', () => {
    const { set, offers } = build([partner('AURUM_PRIME', rules('AURUM_PRIME')), partner('VISTAAR_CREDIT', rules('VISTAAR_CREDIT'))], 500);
    assert.equal(offers.length, 0);
    assert.equal(set.validUntil.getTime(), NOW.getTime() + 7 * DAY);
    assert.equal(build([]).set.validUntil.getTime(), NOW.getTime());
  });

  it("takes a live partner's answer instead of its rules, ordered and stored like any other", () => {
    const ask = { amount: new Decimal('250000'), tenureMonths: 36 };
    const live = new Map<string, OfferEvaluation>([
      [
        'AURUM_PRIME',
        evaluationOfQuote(
          { partnerQuoteId: 'Q', decision: 'APPROVED', annualRatePercent: '30', processingFee: '0' },
          rules('AURUM_PRIME'),
          ask,
        ),
      ],
      ['VISTAAR_CREDIT', { eligible: false, reasons: ['PARTNER_UNAVAILABLE'] }],
    ]);
    const { set, offers } = build(
      ['AURUM_PRIME', 'VISTAAR_CREDIT', 'SETU_MICROLOANS'].map((code) => partner(code, rules(code))),
      750,
      live,
    );
    assert.deepEqual(
      set.results.map((r) => [r.partnerCode, r.eligible, r.reasons]),
      [
        ['SETU_MICROLOANS', true, []],
        ['AURUM_PRIME', true, []],
        ['VISTAAR_CREDIT', false, ['PARTNER_UNAVAILABLE']],
      ],
    );
    const aurum = offers.find((offer) => offer.partnerCode === 'AURUM_PRIME')!;
    assert.deepEqual([aurum.annualRatePercent, aurum.processingFee, aurum.ruleVersion], ['30', '0.00', 1]);
  });
});
