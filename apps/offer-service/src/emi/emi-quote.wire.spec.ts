import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { quoteLoan } from './emi-quote.js';
import { toEmiQuoteWire } from './emi-quote.wire.js';

describe('toEmiQuoteWire', () => {
  it('shows every amount as a two-decimal string from the integer paise, with the currency (RBI KFS example)', () => {
    const wire = toEmiQuoteWire(
      quoteLoan({ principal: 20000, annualRatePercent: 15, tenureMonths: 24, processingFeeFlat: 400, gstRatePercent: 0, otherCharges: 0 }),
    );
    assert.deepEqual(
      [wire.currency, wire.emi, wire.totalInterest, wire.totalPayable, wire.processingFee, wire.netDisbursed, wire.otherCharges],
      ['INR', '969.73', '3273.58', '23273.58', '400.00', '19600.00', '0.00'],
    );
    assert.deepEqual(wire.schedule[0], {
      installment: 1,
      opening: '20000.00',
      emi: '969.73',
      interest: '250.00',
      principal: '719.73',
      closing: '19280.27',
    });
    assert.equal(wire.schedule.at(-1)!.closing, '0.00');
  });

  it('keeps the due dates of a dated quote and the sum of the rows exact', () => {
    const wire = toEmiQuoteWire(
      quoteLoan({ principal: 300000, annualRatePercent: 14.5, tenureMonths: 24, disbursalDate: '2026-01-31', firstEmiDate: '2026-02-28' }),
    );
    assert.deepEqual(
      wire.schedule.slice(0, 3).map((row) => row.dueDate),
      ['2026-02-28', '2026-03-28', '2026-04-28'],
    );
    const paise = (text: string) => Number(text.replace('.', ''));
    const sum = wire.schedule.reduce((total, row) => total + paise(row.emi), paise(wire.brokenPeriodInterest));
    assert.equal(sum, paise(wire.totalPayable));
    for (const row of wire.schedule) assert.match(row.emi, /^\d+\.\d{2}$/);
  });
});
