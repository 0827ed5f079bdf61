import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { EmiQuoteInput } from './emi-input.js';
import { EmiErrorCode, EmiInputError } from './emi-input.exception.js';
import { quoteLoan } from './emi-quote.js';
import { toEmiQuoteJson } from './emi-quote.mapper.js';

// Expected figures follow the rules by hand and agree with an exact-fraction reference.
const quote = (input: EmiQuoteInput) => toEmiQuoteJson(quoteLoan(input));
const totals = (input: EmiQuoteInput) => {
  const { schedule, ...summary } = quote(input);
  return { ...summary, months: schedule.length, lastRow: schedule.at(-1) };
};

describe('quoteLoan golden figures', () => {
  it('reproduces RBI KFS Annex B: ₹20,000 at 15% for 24 months with ₹400 of fees', () => {
    assert.deepEqual(totals({ principal: 20_000, annualRatePercent: 15, tenureMonths: 24, processingFeeFlat: 400, gstRatePercent: 0 }), {
      emi: 969.73,
      totalInterest: 3273.58, // 23 × 969.73 + 969.79 − 20,000
      totalPayable: 23273.58,
      processingFee: 400,
      gstOnFees: 0,
      otherCharges: 0,
      brokenPeriodInterest: 0,
      netDisbursed: 19600,
      apr: 17.07,
      months: 24,
      lastRow: { installment: 24, opening: 957.82, emi: 969.79, interest: 11.97, principal: 957.82, closing: 0 },
    });
  });

  it('spreads a 0% loan evenly and gives the remainder to the last month', () => {
    const result = totals({ principal: 100_000, annualRatePercent: 0, tenureMonths: 12 });
    assert.equal(result.emi, 8333.33);
    assert.deepEqual([result.totalInterest, result.totalPayable, result.apr], [0, 100_000, 0]);
    assert.deepEqual(result.lastRow, { installment: 12, opening: 8333.37, emi: 8333.37, interest: 0, principal: 8333.37, closing: 0 });
  });

  it('prices a one-month loan', () => {
    // 50,000 + 1% interest; fee 500 + 18% GST 90 leaves 49,410; (50,500 / 49,410 − 1) × 1200 = 26.47
    const result = totals({ principal: 50_000, annualRatePercent: 12, tenureMonths: 1, processingFeeFlat: 500 });
    assert.deepEqual(
      [result.emi, result.totalInterest, result.gstOnFees, result.netDisbursed, result.apr],
      [50_500, 500, 90, 49_410, 26.47],
    );
  });

  it('shows the paisa rounding in the APR of a tiny one-month loan', () => {
    // interest 8.335 rounds to 8.34; 8.34 / 1,000.20 × 1200 = 10.006 → 10.01, not the 10% rate
    const result = totals({ principal: 1000.2, annualRatePercent: 10, tenureMonths: 1 });
    assert.deepEqual([result.emi, result.totalInterest, result.apr], [1008.54, 8.34, 10.01]);
  });

  it('rounds an APR exactly on a half basis point up', () => {
    // ₹50 on ₹40,00,000 disbursed for one month: 1200 × 50 / 40,00,000 = 0.015% exactly
    const oneMonth = totals({ principal: 4_000_050, annualRatePercent: 0, tenureMonths: 1, processingFeeFlat: 50, gstRatePercent: 0 });
    assert.deepEqual([oneMonth.netDisbursed, oneMonth.totalPayable, oneMonth.apr], [4_000_000, 4_000_050, 0.02]);
    // 2 × 25,60,320.01 (16001² paise) on 51,20,160 (16000 × 32001 paise): a monthly IRR of 1/16000, 0.075% a year
    const twoMonths = totals({
      principal: 5_120_640.02,
      annualRatePercent: 0,
      tenureMonths: 2,
      processingFeeFlat: 480.02,
      gstRatePercent: 0,
    });
    assert.deepEqual([twoMonths.emi, twoMonths.netDisbursed, twoMonths.apr], [2_560_320.01, 5_120_160, 0.08]);
  });

  it('runs 480 months to exactly zero', () => {
    const result = totals({ principal: 2_500_000, annualRatePercent: 8.5, tenureMonths: 480 });
    assert.deepEqual([result.emi, result.totalInterest, result.apr, result.months], [18327.35, 6_297_134.74, 8.5, 480]);
    assert.deepEqual(result.lastRow, {
      installment: 480,
      opening: 18205.14,
      emi: 18334.09,
      interest: 128.95,
      principal: 18205.14,
      closing: 0,
    });
  });

  it('keeps ten crore at 60% over 480 months to the paisa', () => {
    const result = totals({ principal: 100_000_000, annualRatePercent: 60, tenureMonths: 480 });
    assert.deepEqual([result.emi, result.totalInterest, result.totalPayable, result.apr], [5_000_000, 2_400_000_000, 2_500_000_000, 60]);
    assert.deepEqual(result.lastRow, {
      installment: 480,
      opening: 100_000_000,
      emi: 105_000_000,
      interest: 5_000_000,
      principal: 100_000_000,
      closing: 0,
    });
  });

  it('charges a 2% + ₹500 fee with 18% GST', () => {
    // fee 2,000 + 500 = 2,500; GST 450; net 97,050; 11 × 8,884.88 + 8,884.85 − 1,00,000 = 6,618.53 interest
    const result = totals({ principal: 100_000, annualRatePercent: 12, tenureMonths: 12, processingFeePercent: 2, processingFeeFlat: 500 });
    assert.deepEqual(
      [result.emi, result.processingFee, result.gstOnFees, result.netDisbursed, result.totalInterest, result.apr],
      [8884.88, 2500, 450, 97_050, 6618.53, 17.73],
    );
  });

  it('adds broken-period interest to the first instalment and dates every row', () => {
    // regular first EMI 2025-02-28, agreed 2025-03-10: 10 days; 1,00,000 × 12% × 10 / 365 = 328.767 → 328.77
    const result = quote({
      principal: 100_000,
      annualRatePercent: 12,
      tenureMonths: 12,
      disbursalDate: '2025-01-31',
      firstEmiDate: '2025-03-10',
    });
    assert.deepEqual(
      [result.brokenPeriodInterest, result.totalInterest, result.totalPayable, result.apr],
      [328.77, 6947.3, 106_947.3, 12.62],
    );
    assert.deepEqual(result.schedule[0], {
      installment: 1,
      dueDate: '2025-03-10',
      opening: 100_000,
      emi: 8884.88,
      interest: 1000,
      principal: 7884.88,
      closing: 92_115.12,
    });
    assert.equal(result.schedule[11].dueDate, '2026-02-10');
  });

  it('combines fees, other charges and a broken period', () => {
    // regular first EMI 2025-04-05, agreed 2025-04-20: 15 days; 2,50,000 × 11.99% × 15 / 365 = 1,231.849 → 1,231.85
    const result = totals({
      principal: 250_000,
      annualRatePercent: 11.99,
      tenureMonths: 24,
      processingFeePercent: 1.25,
      otherCharges: 118,
      disbursalDate: '2025-03-05',
      firstEmiDate: '2025-04-20',
    });
    assert.deepEqual(
      [
        result.emi,
        result.processingFee,
        result.gstOnFees,
        result.netDisbursed,
        result.brokenPeriodInterest,
        result.totalInterest,
        result.apr,
      ],
      [11767.2, 3125, 562.5, 246_194.5, 1231.85, 33_644.66, 14.04],
    );
  });

  it('clamps due dates to the month end from a month-end first EMI', () => {
    const result = quote({
      principal: 10_000,
      annualRatePercent: 10,
      tenureMonths: 4,
      disbursalDate: '2024-12-31',
      firstEmiDate: '2025-01-31',
    });
    assert.equal(result.brokenPeriodInterest, 0);
    assert.deepEqual(
      result.schedule.map((row) => row.dueDate),
      ['2025-01-31', '2025-02-28', '2025-03-31', '2025-04-30'],
    );
  });

  it('rejects a bad input with its code', () => {
    assert.throws(
      () => quoteLoan({ principal: 1000, annualRatePercent: 10, tenureMonths: 12, processingFeeFlat: 900 }),
      (error: unknown) => error instanceof EmiInputError && error.code === EmiErrorCode.InvalidFees,
    );
  });
});
