import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { UnderwritingDecision } from '@los/contracts';
import { DecisionEngineError } from './decision-engine.error.js';
import { combineRows, parseRowOutput, type TableRowOutput } from './table-row-output.js';

const row = (decision: UnderwritingDecision, code: string, extra: Partial<TableRowOutput> = {}): TableRowOutput => ({
  decision,
  reason: { code, text: code, borrowerFacing: false },
  ...extra,
});
const { Approve, Refer, Reject } = UnderwritingDecision;

describe('combineRows', () => {
  it('rejects when any row rejects, with the rejecting rows reasons only', () => {
    const combined = combineRows([row(Refer, 'R1'), row(Reject, 'X1'), row(Approve, 'OK'), row(Reject, 'X2')]);
    assert.equal(combined.decision, Reject);
    assert.deepEqual(
      combined.reasons.map((reason) => reason.code),
      ['X1', 'X2'],
    );
  });

  it('refers when a row refers and none rejects', () => {
    const combined = combineRows([row(Approve, 'OK'), row(Refer, 'R1'), row(Refer, 'R1'), row(Refer, 'R2')]);
    assert.equal(combined.decision, Refer);
    assert.deepEqual(
      combined.reasons.map((reason) => reason.code),
      ['R1', 'R2'],
    );
  });

  it('approves when every row approves, keeping the lowest maxAmount and every document once', () => {
    const combined = combineRows([
      row(Approve, 'A', { maxAmount: '200000.00', documentsRequired: ['ITR'] }),
      row(Approve, 'B', { maxAmount: '150000.50', documentsRequired: ['ITR', 'BANK'] }),
    ]);
    assert.deepEqual(combined, {
      decision: Approve,
      reasons: [row(Approve, 'A').reason, row(Approve, 'B').reason],
      conditions: { maxAmount: '150000.50', documentsRequired: ['ITR', 'BANK'] },
    });
  });

  it('throws when no row matched: no decision is never an approval', () => {
    assert.throws(() => combineRows([]), DecisionEngineError);
  });
});

describe('parseRowOutput', () => {
  it('reads the convention', () => {
    assert.deepEqual(
      parseRowOutput(
        { decision: 'APPROVE', reasonCode: 'OK', reasonText: 'Fine', borrowerFacing: true, maxAmount: '1000', documentsRequired: ['PAN'] },
        'r1',
      ),
      { decision: Approve, reason: { code: 'OK', text: 'Fine', borrowerFacing: true }, maxAmount: '1000.00', documentsRequired: ['PAN'] },
    );
  });

  for (const [name, output] of [
    ['an unknown decision', { decision: 'MAYBE', reasonCode: 'X' }],
    ['no reason code', { decision: 'APPROVE' }],
    ['a maxAmount that is not rupees', { decision: 'APPROVE', reasonCode: 'X', maxAmount: '-5' }],
    ['documents that are not a list', { decision: 'APPROVE', reasonCode: 'X', documentsRequired: 'PAN' }],
  ] as const) {
    it(`throws on ${name}, naming the rule`, () => {
      assert.throws(
        () => parseRowOutput(output, 'r7'),
        (error: unknown) => error instanceof DecisionEngineError && /rule r7/.test(error.message),
      );
    });
  }
});
