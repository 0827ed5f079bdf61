import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { divRoundHalfUp, mulDivRoundHalfUp, toPaise, toPpm } from './paise.js';

const exact = (a: number, b: number, divisor: number) => Number((2n * BigInt(a) * BigInt(b) + BigInt(divisor)) / (2n * BigInt(divisor)));

describe('paise arithmetic', () => {
  it('rounds a × b / divisor half-up exactly', () => {
    assert.equal(mulDivRoundHalfUp(100_020, 100_000, 12_000_000), 834); // 833.5
    assert.equal(mulDivRoundHalfUp(100_019, 100_000, 12_000_000), 833);
    assert.equal(divRoundHalfUp(100_002, 4), 25_001); // 25,000.5
    assert.equal(mulDivRoundHalfUp(10_000_000_000, 600_000, 12_000_000), 500_000_000);
  });

  it('matches BigInt arithmetic below and beyond 2^53', () => {
    const caseArb = fc.record({
      a: fc.oneof(fc.integer({ min: 0, max: 10_000_000_000 }), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER })),
      b: fc.oneof(fc.integer({ min: 0, max: 600_000 }), fc.integer({ min: 0, max: 20_000_000 })),
      divisor: fc.oneof(fc.constantFrom(12_000_000, 1_000_000, 365_000_000), fc.integer({ min: 1, max: 1_000_000_000 })),
    });
    fc.assert(
      fc.property(caseArb, ({ a, b, divisor }) => assert.equal(mulDivRoundHalfUp(a, b, divisor), exact(a, b, divisor))),
      { numRuns: 2000 },
    );
  });

  it('reads validated amounts and percentages as exact integers', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), (paise) => assert.equal(toPaise(paise / 100), paise)),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (ppm) => assert.equal(toPpm(ppm / 10_000), ppm)),
      { numRuns: 2000 },
    );
    assert.equal(toPaise(1000.2), 100_020);
    assert.equal(toPpm(10.1234), 101_234);
  });
});
