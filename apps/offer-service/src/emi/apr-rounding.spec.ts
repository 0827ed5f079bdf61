import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { aprInBasisPoints } from './apr-rounding.js';
import { exactNpvSign, npvSign } from './npv-sign.js';

const level = (amount: number, months: number, last = amount) => [...Array<number>(months - 1).fill(amount), last];

describe('aprInBasisPoints', () => {
  it('reproduces the RBI worked example: 17.07%', () => {
    assert.equal(aprInBasisPoints(1_960_000, level(96_973, 24, 96_979)), 1707);
  });

  it('is 0 when nothing beyond the disbursal is paid', () => {
    assert.equal(aprInBasisPoints(10_000_000, level(833_333, 12, 833_337)), 0);
  });

  it('rounds an IRR exactly on a half basis point up', () => {
    // 50 on 4,000,000 for a month: 1200 × 50 / 4,000,000 = 0.015% exactly
    assert.equal(aprInBasisPoints(400_000_000, [400_005_000]), 2);
    // 16001² paise twice against 16000 × 32001: a monthly IRR of exactly 1/16000, 0.075% a year
    assert.equal(aprInBasisPoints(16_000 * 32_001, level(16_001 ** 2, 2)), 8);
    assert.equal(aprInBasisPoints(16_000 * 32_001 + 1, level(16_001 ** 2, 2)), 7);
    assert.equal(aprInBasisPoints(16_000 * 32_001 - 1, level(16_001 ** 2, 2)), 8);
  });

  it('solves extreme charges', () => {
    assert.equal(aprInBasisPoints(1, [100_000]), 11_999_880_000); // 99,999 a month
    // a near-perpetuity: 1,000 a month less 1000 × 1001^−480
    assert.equal(aprInBasisPoints(100, level(100_000, 480)), 120_000_000);
  });

  it('puts the IRR inside its basis point, checked in exact integers', () => {
    const flowsArb = fc
      .record({
        net: fc.integer({ min: 1, max: 10_000_000_000 }),
        months: fc.integer({ min: 1, max: 60 }),
        markupPpm: fc.integer({ min: 0, max: 2_000_000 }),
      })
      .chain(({ net, months, markupPpm }) =>
        fc
          .array(fc.integer({ min: 0, max: Math.ceil(((net / months) * (1_000_000 + markupPpm)) / 1_000_000) * 2 }), {
            minLength: months,
            maxLength: months,
          })
          .map((instalments) => ({ net, instalments })),
      )
      .filter(({ net, instalments }) => instalments.reduce((sum, paid) => sum + paid, 0) >= net);
    fc.assert(
      fc.property(flowsArb, ({ net, instalments }) => {
        const basisPoints = aprInBasisPoints(net, instalments);
        assert.ok(exactNpvSign(net, instalments, 2 * basisPoints - 1, 240_000) >= 0, 'the IRR is below the bucket');
        assert.ok(exactNpvSign(net, instalments, 2 * basisPoints + 1, 240_000) < 0, 'the IRR is above the bucket');
      }),
      { numRuns: 300 },
    );
  });
});

describe('npvSign', () => {
  it('agrees with the exact sign, including on a root', () => {
    const flows = level(16_001 ** 2, 2);
    for (const [net, rate] of [
      [16_000 * 32_001, 15],
      [16_000 * 32_001 + 1, 15],
      [16_000 * 32_001 - 1, 15],
      [16_000 * 32_001, -1],
      [16_000 * 32_001, 17],
    ]) {
      assert.equal(npvSign(net, flows, rate, 240_000), exactNpvSign(net, flows, rate, 240_000), `net ${net} at ${rate}`);
    }
    assert.equal(npvSign(16_000 * 32_001, flows, 15, 240_000), 0);
  });

  it('agrees with the exact sign on random flows', () => {
    const caseArb = fc.record({
      net: fc.integer({ min: 1, max: 10_000_000_000 }),
      instalments: fc.array(fc.integer({ min: 0, max: 10_000_000_000 }), { minLength: 1, maxLength: 480 }),
      rate: fc.integer({ min: -1, max: 2_000_000 }),
    });
    fc.assert(
      fc.property(caseArb, ({ net, instalments, rate }) =>
        assert.equal(npvSign(net, instalments, rate, 240_000), exactNpvSign(net, instalments, rate, 240_000)),
      ),
      { numRuns: 200 },
    );
  });
});
