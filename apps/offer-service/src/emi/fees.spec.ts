import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { type EmiQuoteInput, validateEmiInput } from './emi-input.js';
import { EmiErrorCode, EmiInputError } from './emi-input.exception.js';
import { computeUpfrontFees } from './fees.js';

const loan = { annualRatePercent: 12, tenureMonths: 12 };
const feesFor = (input: Omit<EmiQuoteInput, keyof typeof loan>) => {
  const fees = computeUpfrontFees(validateEmiInput({ ...loan, ...input }));
  return Object.fromEntries(Object.entries(fees).map(([name, amount]) => [name, amount.toFixed(2)]));
};

describe('computeUpfrontFees', () => {
  it('adds the percentage and flat fee, then 18% GST by default', () => {
    // 2% of 1,00,000 = 2,000 + 500 = 2,500; GST 18% = 450; net 1,00,000 − 2,500 − 450 = 97,050
    assert.deepEqual(feesFor({ principal: 100_000, processingFeePercent: 2, processingFeeFlat: 500 }), {
      processingFee: '2500.00',
      gstOnFees: '450.00',
      otherCharges: '0.00',
      netDisbursed: '97050.00',
    });
  });

  it('rounds the fee and the GST half-up where each is computed', () => {
    // 1.5% of 1,23,456.78 = 1,851.8517 + 99.99 = 1,951.8417 → 1,951.84; GST 351.3312 → 351.33;
    // net 1,23,456.78 − 1,951.84 − 351.33 − 250.50 = 1,20,903.11
    assert.deepEqual(feesFor({ principal: 123_456.78, processingFeePercent: 1.5, processingFeeFlat: 99.99, otherCharges: 250.5 }), {
      processingFee: '1951.84',
      gstOnFees: '351.33',
      otherCharges: '250.50',
      netDisbursed: '120903.11',
    });
    assert.equal(feesFor({ principal: 1000, processingFeeFlat: 2.75 }).gstOnFees, '0.50'); // 0.495
  });

  it('takes a configured GST rate', () => {
    assert.equal(feesFor({ principal: 20_000, processingFeeFlat: 400, gstRatePercent: 0 }).netDisbursed, '19600.00');
    assert.equal(feesFor({ principal: 20_000, processingFeeFlat: 400, gstRatePercent: 12.5 }).gstOnFees, '50.00');
  });

  it('refuses fees that leave nothing to disburse', () => {
    const isFeesError = (error: unknown) =>
      error instanceof EmiInputError && error.code === EmiErrorCode.InvalidFees && error.field === 'fees';
    assert.throws(() => feesFor({ principal: 1000, processingFeeFlat: 900 }), isFeesError); // 900 + 162 GST
    assert.throws(() => feesFor({ principal: 1000, otherCharges: 1000 }), isFeesError);
    assert.equal(feesFor({ principal: 1000, otherCharges: 999.99 }).netDisbursed, '0.01');
  });
});
