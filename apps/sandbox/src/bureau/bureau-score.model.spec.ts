import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bureauScoreOf, maskPan } from './bureau-score.model.js';

function pan(i: number): string {
  const letters = (n: number, width: number) =>
    Array.from({ length: width }, (_, k) => String.fromCharCode(65 + (Math.floor(n / 26 ** k) % 26))).join('');
  return `${letters(i, 3)}P${letters(i * 7, 1)}${String(i % 10_000).padStart(4, '0')}${letters(i * 13, 1)}`;
}

describe('bureauScoreOf', () => {
  it('scores magic PANs exactly their digits', () => {
    assert.equal(bureauScoreOf('ZZZPZ0750Z'), 750);
    assert.equal(bureauScoreOf('ZZZPA0550B'), 550);
    assert.equal(bureauScoreOf('ZZZPZ0300Z'), 300);
    assert.equal(bureauScoreOf('ZZZPZ0900Z'), 900);
  });

  it('is deterministic and spread like a retail population: most 650-800, a tail below 600', () => {
    const scores = Array.from({ length: 20_000 }, (_, i) => bureauScoreOf(pan(i)));
    assert.equal(bureauScoreOf(pan(42)), bureauScoreOf(pan(42)));
    assert.ok(scores.every((score) => Number.isInteger(score) && score >= 300 && score <= 900));
    const share = (test: (score: number) => boolean) => scores.filter(test).length / scores.length;
    assert.ok(Math.abs(share((s) => s < 600) - 0.08) < 0.02);
    assert.ok(Math.abs(share((s) => s >= 650 && s < 800) - 0.65) < 0.02);
    assert.ok(share((s) => s >= 800) > 0.1);
  });

  it('masks all but the last four characters', () => {
    assert.equal(maskPan('ABCPE1234F'), 'XXXXXX234F');
  });
});
