import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AppException } from '@los/common';
import { PARTNER_SEEDS } from '../../database/seeds/partner-seeds.js';
import type { PartnerRules } from './partner-rules.js';
import { validatePartnerRules } from './partner-rules.validator.js';

const vistaar = () => structuredClone(PARTNER_SEEDS.find((seed) => seed.code === 'VISTAAR_CREDIT')!.rules) as PartnerRules;

function refusal(rules: unknown): string {
  try {
    validatePartnerRules(rules);
  } catch (error) {
    assert.ok(error instanceof AppException);
    assert.equal(error.code, 'INVALID_RULES');
    assert.equal(error.statusCode, 400);
    return error.message;
  }
  assert.fail('expected INVALID_RULES');
}

function refuses(change: (rules: PartnerRules & Record<string, any>) => void, expected: RegExp) {
  const rules = vistaar();
  change(rules);
  assert.match(refusal(rules), expected);
}

describe('validatePartnerRules', () => {
  it('accepts every seeded rule set and returns it as plain JSON', () => {
    for (const seed of PARTNER_SEEDS) assert.deepEqual(validatePartnerRules(structuredClone(seed.rules)), seed.rules, seed.code);
  });

  it('refuses overlapping score bands for the same employment type and income band', () => {
    refuses((r) => {
      r.rateGrid[1].score.min = 690;
    }, /SALARIED, income 25000-60000: score bands 650-699 and 690-749 overlap/);
  });

  it('refuses a gap in scores between the minimum bureau score and 900', () => {
    refuses((r) => {
      r.rateGrid[1].score.min = 710;
    }, /SALARIED, income 25000-60000: no rate for scores 700-709/);
    refuses((r) => {
      r.minBureauScore = 600;
    }, /no rate for scores 600-649/);
    refuses((r) => {
      r.rateGrid[11].score.max = 880;
    }, /SELF_EMPLOYED, income 25000\+: no rate for scores 881-900/);
  });

  it('accepts bands below the minimum score that leave a gap there', () => {
    const rules = vistaar();
    rules.rateGrid.push({ employmentType: 'SALARIED', income: { min: 60_000 }, score: { min: 300, max: 550 }, annualRatePercent: 30 });
    validatePartnerRules(rules);
  });

  it('refuses overlapping or missing income bands of an employment type', () => {
    refuses((r) => {
      for (const row of r.rateGrid.slice(4, 8)) row.income = { min: 50_000 };
    }, /SALARIED: income bands 25000-60000 and 50000\+ overlap/);
    refuses((r) => {
      for (const row of r.rateGrid.slice(0, 4)) row.income = { min: 30_000, below: 60_000 };
    }, /SALARIED: no income band covers 25000 to 30000/);
    refuses((r) => {
      for (const row of r.rateGrid.slice(4, 8)) row.income = { min: 60_000, below: 90_000 };
    }, /SALARIED: no income band covers 90000 and above/);
  });

  it('refuses rates outside 0-60 and score bands outside 300-900', () => {
    refuses((r) => {
      r.rateGrid[0].annualRatePercent = 60.5;
    }, /rateGrid\[0\]\.annualRatePercent: annualRatePercent must not be greater than 60/);
    refuses((r) => {
      r.rateGrid[0].annualRatePercent = -1;
    }, /rateGrid\[0\]\.annualRatePercent/);
    refuses((r) => {
      r.rateGrid[3].score.max = 901;
    }, /rateGrid\[3\]\.score\.max/);
  });

  it('refuses min above max wherever a range is given', () => {
    refuses((r) => {
      r.amount = { min: 500_000, max: 100_000 };
    }, /amount: min 500000 is above max 100000/);
    refuses((r) => {
      r.processingFee.min = 30_000;
    }, /processingFee: min 30000 is above max 20000/);
    refuses((r) => {
      r.age.minAtApplication = 61;
    }, /age: minAtApplication 61 is above maxAtApplication 60/);
    refuses((r) => {
      r.age.maxAtMaturity = 55;
    }, /age: maxAtApplication 60 is above maxAtMaturity 55/);
    refuses((r) => {
      r.rateGrid[0].score = { min: 699, max: 650 };
    }, /rateGrid\[0\]\.score: min 699 is above max 650/);
    refuses((r) => {
      r.rateGrid[0].income = { min: 60_000, below: 25_000 };
    }, /rateGrid\[0\]\.income: below 25000 must be above min 60000/);
  });

  it('refuses an empty tenure list, tenures outside 1-480 and repeated tenures', () => {
    refuses((r) => {
      r.tenureMonths = [];
    }, /tenureMonths: tenureMonths should not be empty/);
    refuses((r) => {
      r.tenureMonths = [12, 481];
    }, /tenureMonths: each value in tenureMonths must not be greater than 480/);
    refuses((r) => {
      r.tenureMonths = [0, 12];
    }, /tenureMonths/);
    refuses((r) => {
      r.tenureMonths = [12, 12.5];
    }, /tenureMonths/);
    refuses((r) => {
      r.tenureMonths = [12, 24, 12];
    }, /tenureMonths: each tenure may appear once/);
  });

  it('refuses FOIR outside (0, 100] and GST outside 0-100', () => {
    refuses((r) => {
      r.maxFoirPercent = 0;
    }, /maxFoirPercent/);
    refuses((r) => {
      r.maxFoirPercent = 100.5;
    }, /maxFoirPercent/);
    refuses((r) => {
      r.gstPercent = 101;
    }, /gstPercent/);
    refuses((r) => {
      r.gstPercent = -1;
    }, /gstPercent/);
  });

  it('refuses fees that would consume a loan, unknown or missing fields, and wrong types', () => {
    refuses((r) => {
      r.processingFee = { percent: 0, flat: 49_000 };
    }, /fee and GST would consume the whole loan of 50000/);
    refuses((r) => {
      r.processingFee = { percent: 90, flat: 0 };
    }, /consume the whole loan/);
    refuses((r) => {
      r.favouriteLender = true;
    }, /favouriteLender: property favouriteLender should not exist/);
    refuses((r) => {
      delete (r as Partial<PartnerRules>).grievance;
    }, /grievance/);
    refuses((r) => {
      r.amount.max = '1000000' as unknown as number;
    }, /amount\.max/);
    refuses((r) => {
      r.minMonthlyIncome = Number.NaN;
    }, /minMonthlyIncome/);
    refuses((r) => {
      r.status = 'LIVE' as 'ACTIVE';
    }, /status/);
    refuses((r) => {
      r.serviceable = { pincodePrefixes: [], states: [] };
    }, /serviceable: name at least one pincode prefix or state/);
    refuses((r) => {
      r.serviceable.pincodePrefixes = ['0'];
    }, /serviceable\.pincodePrefixes/);
    assert.match(refusal([]), /rules must be an object/);
  });
});
