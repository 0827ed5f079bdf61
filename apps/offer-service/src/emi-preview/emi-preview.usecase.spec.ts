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
    assert.equal(full.emi, 8363.41);
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
    assert.equal(quote.processingFee, 2999);
    assert.equal(quote.gstOnFees, 359.88);
    assert.equal(quote.netDisbursed, 250000 - 2999 - 359.88 - 100);
  });

  it('maps each engine refusal to its error code with a message naming the field', () => {
    assert.deepEqual(refusal({ ...loan, principal: '250000' }).code, 'INVALID_PRINCIPAL');
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
