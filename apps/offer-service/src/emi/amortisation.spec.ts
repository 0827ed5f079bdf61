import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildSchedule, type ScheduleRow } from './amortisation.js';
import { calculateEmi } from './emi.calculator.js';
import { Decimal } from './money.js';

function scheduleFor(principal: string, rate: string, months: number): ScheduleRow[] {
  const [loan, annualRate] = [new Decimal(principal), new Decimal(rate)];
  return buildSchedule(loan, annualRate, months, calculateEmi(loan, annualRate, months));
}

const asStrings = (row: ScheduleRow) =>
  [row.installment, row.opening, row.emi, row.interest, row.principal, row.closing].map((value) =>
    typeof value === 'number' ? String(value) : value.toFixed(2),
  );

describe('buildSchedule', () => {
  it('reproduces the RBI KFS example: the last instalment absorbs the rounding', () => {
    const rows = scheduleFor('20000', '15', 24);
    assert.deepEqual(asStrings(rows[0]), ['1', '20000.00', '969.73', '250.00', '719.73', '19280.27']);
    assert.deepEqual(asStrings(rows[22]), ['23', '1903.75', '969.73', '23.80', '945.93', '957.82']);
    assert.deepEqual(asStrings(rows[23]), ['24', '957.82', '969.79', '11.97', '957.82', '0.00']);
    const interest = rows.reduce((sum, row) => sum.plus(row.interest), new Decimal(0));
    assert.equal(interest.toFixed(2), '3273.58');
  });

  it('pays 8,333.33 a month at 0% and puts the remaining 8,333.37 in the last month', () => {
    const rows = scheduleFor('100000', '0', 12);
    assert.ok(rows.slice(0, 11).every((row) => row.emi.toFixed(2) === '8333.33' && row.interest.isZero()));
    assert.deepEqual(asStrings(rows[10]), ['11', '16666.70', '8333.33', '0.00', '8333.33', '8333.37']);
    assert.deepEqual(asStrings(rows[11]), ['12', '8333.37', '8333.37', '0.00', '8333.37', '0.00']);
  });

  it('rounds an exact half-paisa interest up', () => {
    // 1,000.20 × 10 / 1200 = 8.335
    assert.deepEqual(asStrings(scheduleFor('1000.20', '10', 1)[0]), ['1', '1000.20', '1008.54', '8.34', '1000.20', '0.00']);
  });

  it('stops at the balance when a rounded-up EMI repays the loan early', () => {
    // 1,000.80 / 480 = 2.085 rounds up to 2.09; 479 × 2.09 would exceed the loan
    const rows = scheduleFor('1000.80', '0', 480);
    assert.deepEqual(asStrings(rows[477]), ['478', '3.87', '2.09', '0.00', '2.09', '1.78']);
    assert.deepEqual(asStrings(rows[478]), ['479', '1.78', '1.78', '0.00', '1.78', '0.00']);
    assert.deepEqual(asStrings(rows[479]), ['480', '0.00', '0.00', '0.00', '0.00', '0.00']);
  });

  it('keeps ten crore at 60% over 480 months to the paisa', () => {
    const rows = scheduleFor('100000000', '60', 480);
    assert.deepEqual(asStrings(rows[478]), ['479', '100000000.00', '5000000.00', '5000000.00', '0.00', '100000000.00']);
    assert.deepEqual(asStrings(rows[479]), ['480', '100000000.00', '105000000.00', '5000000.00', '100000000.00', '0.00']);
  });

  it('ends a 40-year home loan at exactly zero', () => {
    const rows = scheduleFor('2500000', '8.5', 480);
    assert.deepEqual(asStrings(rows[0]), ['1', '2500000.00', '18327.35', '17708.33', '619.02', '2499380.98']);
    assert.deepEqual(asStrings(rows[478]), ['479', '36275.54', '18327.35', '256.95', '18070.40', '18205.14']);
    assert.deepEqual(asStrings(rows[479]), ['480', '18205.14', '18334.09', '128.95', '18205.14', '0.00']);
  });
});
