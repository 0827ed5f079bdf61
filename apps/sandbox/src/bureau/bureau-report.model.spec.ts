import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Decimal } from 'decimal.js';
import { bureauReportOf } from './bureau-report.model.js';
import { bureauScoreOf } from './bureau-score.model.js';

const NOW = new Date('2026-12-06T10:15:00Z');

function pan(i: number): string {
  const letter = (n: number) => String.fromCharCode(65 + (n % 26));
  return `${letter(i)}${letter(i * 3)}${letter(i * 7)}P${letter(i * 11)}${String(i % 10_000).padStart(4, '0')}${letter(i * 13)}`;
}

describe('bureauReportOf', () => {
  it('is the same for a PAN on the same day, with the score of the score pull', () => {
    assert.deepEqual(bureauReportOf('ABCPE1234F', NOW), bureauReportOf('ABCPE1234F', new Date('2026-12-06T23:59:00Z')));
    assert.equal(bureauReportOf('ABCPE1234F', NOW).generatedAt, '2026-12-06T00:00:00.000Z');
    assert.equal(bureauReportOf('ABCPE1234F', NOW).score, bureauScoreOf('ABCPE1234F'));
    assert.equal(bureauReportOf('ABCPE1234F', NOW).pan, 'XXXXXX234F');
  });

  it('gives ordinary PANs a clean report with at most two modest EMIs that add up', () => {
    for (let i = 0; i < 2_000; i++) {
      const report = bureauReportOf(pan(i), NOW);
      assert.deepEqual([report.dpd30Last12m, report.dpd60Last12m, report.dpd90Last12m, report.writtenOffAccounts], [0, 0, 0, 0]);
      assert.ok(report.enquiriesLast6m <= 2 && report.activeLoans <= 2);
      const total = report.accounts.reduce((sum, a) => sum.plus(a.emiMonthly), new Decimal(0));
      assert.equal(total.toFixed(2), report.activeEmiMonthly);
      assert.ok(total.lte(8_000));
    }
  });

  it('gives magic-score PANs a clean report without loans', () => {
    const report = bureauReportOf('ZZZPZ0750Z', NOW);
    assert.equal(report.score, 750);
    assert.deepEqual(
      [report.activeLoans, report.activeEmiMonthly, report.dpd90Last12m, report.writtenOffAccounts, report.enquiriesLast6m],
      [0, '0.00', 0, 0, 1],
    );
  });

  it('gives adverse magic PANs the fact they name, scoring their digits', () => {
    const writtenOff = bureauReportOf('ZZWPA0750B', NOW);
    assert.deepEqual([writtenOff.score, writtenOff.writtenOffAccounts, writtenOff.dpd90Last12m], [750, 1, 0]);
    const late = bureauReportOf('ZZDPA0720B', NOW);
    assert.deepEqual([late.score, late.dpd30Last12m, late.dpd60Last12m, late.dpd90Last12m, late.writtenOffAccounts], [720, 1, 1, 1, 0]);
    const enquiries = bureauReportOf('ZZEPA0760B', NOW);
    assert.deepEqual([enquiries.score, enquiries.enquiriesLast6m, enquiries.dpd90Last12m], [760, 8, 0]);
  });
});
