import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { UnderwritingDecision, type EngineOutcome, type UnderwritingInput } from '@los/contracts';
import type { DecisionEngine } from '../decision-tables/decision-engine.js';
import { DecisionEngineError } from '../decision-tables/decision-engine.error.js';
import { underwritingInput } from '../testing/underwriting-input.fixture.js';
import { GuardedDecision } from './guarded-decision.js';

const APPROVED: EngineOutcome = {
  tableId: 'personal-loan:AURUM_PRIME',
  version: 3,
  decision: UnderwritingDecision.Approve,
  reasons: [{ code: 'POLICY_MET', text: 'Meets the credit policy', borrowerFacing: false }],
  conditions: {},
  matchedRules: ['default-approve'],
  durationMs: 2,
};

function guard(decide: (input: UnderwritingInput) => Promise<EngineOutcome>, timeoutMs = 1_000) {
  return new GuardedDecision({ decide } as unknown as DecisionEngine, { UNDERWRITING_EVALUATION_TIMEOUT_MS: timeoutMs });
}

describe('GuardedDecision', () => {
  it("passes the table's outcome through when nothing went wrong", async () => {
    assert.deepEqual(await guard(() => Promise.resolve(APPROVED)).decide(underwritingInput('AURUM_PRIME')), APPROVED);
  });

  it('refers an engine error, never approving', async () => {
    const outcome = await guard(() => Promise.reject(new DecisionEngineError('broken'))).decide(underwritingInput('AURUM_PRIME'));
    assert.equal(outcome.decision, UnderwritingDecision.Refer);
    assert.deepEqual(
      outcome.reasons.map((r) => r.code),
      ['ENGINE_ERROR'],
    );
    assert.deepEqual([outcome.tableId, outcome.version, outcome.matchedRules], ['personal-loan:AURUM_PRIME', 0, []]);
  });

  it('refers an evaluation that outlasts the timeout', async () => {
    const never = () => new Promise<EngineOutcome>(() => undefined);
    const outcome = await guard(never, 20).decide(underwritingInput('AURUM_PRIME'));
    assert.deepEqual([outcome.decision, outcome.reasons.map((r) => r.code)], [UnderwritingDecision.Refer, ['TIMEOUT']]);
  });

  it('refers without a bureau report even when the table approves or rejects, keeping its trace', async () => {
    const input = underwritingInput('AURUM_PRIME', { bureau: null });
    const approved = await guard(() => Promise.resolve(APPROVED)).decide(input);
    assert.equal(approved.decision, UnderwritingDecision.Refer);
    assert.deepEqual(
      approved.reasons.map((r) => r.code),
      ['BUREAU_UNAVAILABLE', 'POLICY_MET'],
    );
    assert.deepEqual([approved.version, approved.matchedRules], [3, ['default-approve']]);
    const rejected = await guard(() => Promise.resolve({ ...APPROVED, decision: UnderwritingDecision.Reject })).decide(input);
    assert.equal(rejected.decision, UnderwritingDecision.Refer);
    const failed = await guard(() => Promise.reject(new Error('x'))).decide(input);
    assert.deepEqual(
      failed.reasons.map((r) => r.code),
      ['ENGINE_ERROR', 'BUREAU_UNAVAILABLE'],
    );
  });
});
