import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AppException } from '@los/common';
import { EmiPreviewUseCase } from './emi-preview.usecase.js';

const sut = new EmiPreviewUseCase();
const loan = { principal: 250000, annualRatePercent: 12.5, tenureMonths: 36 };

function refusal(body: unknown): { code: string; message: string } {
  try {
    sut.execute(body);
  } catch (error) {
    assert.ok(error instanceof AppException, String(error));
    assert.equal(error.statusCode, 400);
    return { code: error.code, message: error.message };
  }
  assert.fail('expected a refusal');
}

describe('EmiPreviewUseCase', () => {
  it('quotes a loan with its schedule by default, and without it when asked', () => {
    const full = sut.execute(loan);
    assert.ok('schedule' in full && full.schedule.length === 36);
    assert.deepEqual([full.currency, full.emi, full.schedule[35]!.closing], ['INR', '8363.41', '0.00']);
    const summary = sut.execute({ ...loan, includeSchedule: false });
    assert.ok(!('schedule' in summary));
    const { schedule: _schedule, ...withoutSchedule } = full;
    assert.deepEqual(summary, withoutSchedule);
  });

  it('takes gstPercent and the other fee fields of the API body', () => {
    const quote = sut.execute({
      ...loan,
      processingFeePercent: 1,
      processingFeeFlat: 499,
      gstPercent: 12,
      otherCharges: 100,
      includeSchedule: false,
    });
    assert.deepEqual(
      [quote.processingFee, quote.gstOnFees, quote.otherCharges, quote.netDisbursed],
      ['2999.00', '359.88', '100.00', '246541.12'], // 250000 − 2999 − 359.88 − 100
    );
  });

  it('takes amounts as decimal strings, pricing them as the same amounts given as (deprecated) numbers', () => {
    const asStrings = sut.execute({
      ...loan,
      principal: '250000.00',
      processingFeeFlat: '499.5',
      otherCharges: '100',
      includeSchedule: false,
    });
    const asNumbers = sut.execute({ ...loan, principal: 250000, processingFeeFlat: 499.5, otherCharges: 100, includeSchedule: false });
    assert.deepEqual(asStrings, asNumbers);
    assert.equal(asStrings.processingFee, '499.50');
  });

  it('maps each engine refusal to its error code with a message naming the field', () => {
    for (const principal of ['250000.001', '2,50,000', '1e5', ' 250000', '']) {
      assert.deepEqual(refusal({ ...loan, principal }).code, 'INVALID_PRINCIPAL', principal);
    }
    assert.equal(refusal({ ...loan, principal: '999.99' }).code, 'INVALID_PRINCIPAL');
    assert.equal(refusal({ ...loan, otherCharges: '-1' }).code, 'INVALID_FEES');
    assert.match(refusal({ ...loan, principal: [250000] }).message, /principal/);
    assert.equal(refusal({ ...loan, principal: Number.NaN }).code, 'INVALID_PRINCIPAL');
    assert.equal(refusal({ ...loan, principal: JSON.parse('1e309') }).code, 'INVALID_PRINCIPAL');
    assert.equal(refusal({ ...loan, annualRatePercent: 61 }).code, 'INVALID_RATE');
    assert.equal(refusal({ ...loan, tenureMonths: 12.5 }).code, 'INVALID_TENURE');
    const gst = refusal({ ...loan, gstPercent: 101 });
    assert.equal(gst.code, 'INVALID_FEES');
    assert.match(gst.message, /^gstPercent/);
    assert.equal(refusal({ ...loan, disbursalDate: '2026-02-30', firstEmiDate: '2026-03-05' }).code, 'INVALID_DATES');
  });

  it('refuses a non-object, unknown fields and a non-boolean includeSchedule as INVALID_INPUT', () => {
    assert.equal(refusal([loan]).code, 'INVALID_INPUT');
    assert.equal(refusal(null).code, 'INVALID_INPUT');
    assert.match(refusal({ ...loan, gstRatePercent: 18 }).message, /gstRatePercent is not an EMI preview field/);
    assert.equal(refusal({ ...loan, includeSchedule: 'no' }).code, 'INVALID_INPUT');
  });
});
