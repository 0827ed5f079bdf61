import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bureauFactsOf } from './bureau-facts.mapper.js';

const REPORT = {
  pan: 'XXXXXX750Z',
  reportId: 'RPT-AB12',
  generatedAt: '2026-12-06T00:00:00.000Z',
  score: 750,
  accounts: [],
  activeLoans: 1,
  activeEmiMonthly: '3000',
  dpd30Last12m: 0,
  dpd60Last12m: 0,
  dpd90Last12m: 0,
  enquiriesLast6m: 1,
  writtenOffAccounts: 0,
};

describe('bureauFactsOf', () => {
  it('takes the facts a decision uses, money in two decimals, dated by the bureau', () => {
    assert.deepEqual(bureauFactsOf(REPORT), {
      score: 750,
      activeLoans: 1,
      activeEmiMonthly: '3000.00',
      dpd30Last12m: 0,
      dpd60Last12m: 0,
      dpd90Last12m: 0,
      enquiriesLast6m: 1,
      writtenOffAccounts: 0,
      reportId: 'RPT-AB12',
      fetchedAt: '2026-12-06T00:00:00.000Z',
    });
  });

  it('refuses anything that is not a report', () => {
    for (const broken of [
      null,
      'x',
      { ...REPORT, score: 1000 },
      { ...REPORT, dpd90Last12m: -1 },
      { ...REPORT, activeEmiMonthly: 3000 },
      { ...REPORT, generatedAt: 'soon' },
    ]) {
      assert.equal(bureauFactsOf(broken), null, JSON.stringify(broken));
    }
  });
});
