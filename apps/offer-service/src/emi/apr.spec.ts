import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { annualPercentageRate, type LoanCashFlows, monthlyInternalRate } from './apr.js';
import { Decimal } from './money.js';

const flows = (netDisbursed: string, level: string, months: number, adjustments: [number, string][] = []): LoanCashFlows => ({
  netDisbursed: new Decimal(netDisbursed),
  level: new Decimal(level),
  months,
  adjustments: adjustments.map(([month, amount]) => ({ month, amount: new Decimal(amount) })),
});

/** NPV by plain summation, independent of the solver's closed form. */
function npv({ netDisbursed, level, months, adjustments }: LoanCashFlows, rate: Decimal): Decimal {
  let value = netDisbursed.neg();
  for (let month = 1; month <= months; month++) {
    const paid = adjustments.filter((a) => a.month === month).reduce((sum, a) => sum.plus(a.amount), level);
    value = value.plus(paid.div(rate.plus(1).pow(month)));
  }
  return value;
}

describe('APR', () => {
  // RBI KFS Annex B: ₹19,600 disbursed, 23 × 969.73 and a last instalment of 969.79
  const rbi = flows('19600', '969.73', 24, [[24, '0.06']]);

  it('reproduces the RBI worked example: 17.07%', () => {
    assert.equal(annualPercentageRate(rbi).toFixed(2), '17.07');
  });

  it('solves the monthly rate far below 1e-10', () => {
    const rate = monthlyInternalRate(rbi);
    // 60-digit bisection reference: 0.014225386385570822393828056…
    assert.ok(rate.minus('0.0142253863855708223938280567').abs().lt('1e-24'), rate.toString());
    assert.ok(npv(rbi, rate).abs().lt('1e-20'));
  });

  it('is 0 when nothing beyond the principal is paid', () => {
    assert.ok(monthlyInternalRate(flows('100000', '8333.33', 12, [[12, '0.04']])).isZero());
  });

  it('counts broken-period interest with the first instalment', () => {
    // 1,00,000 at 12% for 12 months with 328.77 of broken-period interest
    assert.equal(
      annualPercentageRate(
        flows('100000', '8884.88', 12, [
          [1, '328.77'],
          [12, '-0.03'],
        ]),
      ).toFixed(2),
      '12.62',
    );
  });

  it('converges for extreme charges', () => {
    assert.equal(monthlyInternalRate(flows('0.01', '1000', 1)).toFixed(6), '99999.000000');
    const extreme = flows('1', '1000', 480);
    assert.ok(npv(extreme, monthlyInternalRate(extreme)).abs().lt('1e-20'));
    const tiny = flows('1000000', '2083.34', 480, [[480, '-3']]); // ₹0.20 of interest over 40 years
    assert.ok(npv(tiny, monthlyInternalRate(tiny)).abs().lt('1e-18'));
  });
});
