import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { UnderwritingReviewDecision } from '@los/contracts';
import { makerCheckerStep, MakerCheckerStep } from './maker-checker.rule.js';

const approve = (amount: string, makerId: string | null, userId = 'u1') =>
  makerCheckerStep({ decision: UnderwritingReviewDecision.Approve, amount, checkerAbove: '500000.00', makerId, userId });

describe('maker-checker', () => {
  it('applies an approval at or below the threshold at once', () => {
    assert.equal(approve('500000.00', null), MakerCheckerStep.Apply);
    assert.equal(approve('120000.50', null), MakerCheckerStep.Apply);
  });

  it('records the maker of an approval above the threshold, by a paisa too', () => {
    assert.equal(approve('500000.01', null), MakerCheckerStep.RecordMaker);
    assert.equal(approve('900000.00', null), MakerCheckerStep.RecordMaker);
  });

  it("refuses the maker as their own checker, and applies a different underwriter's approval", () => {
    assert.equal(approve('900000.00', 'u1', 'u1'), MakerCheckerStep.RefuseSameUnderwriter);
    assert.equal(approve('900000.00', 'u1', 'u2'), MakerCheckerStep.Apply);
  });

  it('never holds a rejection for a second person', () => {
    for (const makerId of [null, 'u1']) {
      const step = makerCheckerStep({
        decision: UnderwritingReviewDecision.Reject,
        amount: '900000.00',
        checkerAbove: '500000.00',
        makerId,
        userId: 'u1',
      });
      assert.equal(step, MakerCheckerStep.Apply);
    }
  });
});
