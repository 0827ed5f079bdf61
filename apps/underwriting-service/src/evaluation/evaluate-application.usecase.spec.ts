import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  UnderwritingDecision,
  UnderwritingTrigger,
  type EngineOutcome,
  type UnderwritingEvaluateCommand,
  type UnderwritingInput,
} from '@los/contracts';
import type { DecisionRecordEntity } from '../decisions/decision-record.entity.js';
import type { DecisionRecordsRepository } from '../decisions/decision-records.repository.js';
import type { SnapshotRepository } from '../snapshots/snapshot.repository.js';
import { underwritingInput } from '../testing/underwriting-input.fixture.js';
import { EvaluateApplicationUseCase } from './evaluate-application.usecase.js';
import type { GuardedDecision } from './guarded-decision.js';
import type { InputSnapshotBuilder } from './input-snapshot.builder.js';

const APPLICATION = '7f4c4f0e-0f5e-4b7a-9a55-1f0c3c1d2b3a';
const COMMAND = { applicationId: APPLICATION, trigger: UnderwritingTrigger.Acceptance } as UnderwritingEvaluateCommand;
const OUTCOME: EngineOutcome = {
  tableId: 'personal-loan:AURUM_PRIME',
  version: 1,
  decision: UnderwritingDecision.Approve,
  reasons: [],
  conditions: {},
  matchedRules: ['default-approve'],
  durationMs: 1.6,
};

function setup(input: UnderwritingInput = underwritingInput('AURUM_PRIME')) {
  const records: DecisionRecordEntity[] = [];
  const marked: string[] = [];
  let evaluations = 0;
  const decisions = {
    findByCommand: (id: string) => Promise.resolve(records.find((r) => r.commandId === id) ?? null),
    findBySnapshot: (app: string, snap: string) =>
      Promise.resolve(records.find((r) => r.applicationId === app && r.snapshotId === snap) ?? null),
    record: (r: DecisionRecordEntity) => (records.push(r), Promise.resolve(r)),
  } as unknown as DecisionRecordsRepository;
  const snapshots = {
    save: (i: UnderwritingInput) => Promise.resolve(`snap-${i.documents.join('+')}`),
    markDecided: (id: string) => (marked.push(id), Promise.resolve()),
  } as unknown as SnapshotRepository;
  const inputs = { build: () => Promise.resolve(input) } as unknown as InputSnapshotBuilder;
  const guard = { decide: () => (evaluations++, Promise.resolve(OUTCOME)) } as unknown as GuardedDecision;
  const sut = new EvaluateApplicationUseCase(inputs, snapshots, guard, decisions);
  return { sut, records, marked, evaluations: () => evaluations };
}

describe('EvaluateApplicationUseCase', () => {
  it('records one decision on the snapshot and marks the snapshot decided', async () => {
    const { sut, records, marked } = setup();
    const record = await sut.execute(COMMAND, 'cmd-1', 'corr');
    assert.deepEqual(
      [record.decision, record.tableId, record.tableVersion, record.snapshotId, record.durationMs, record.trigger, record.commandId],
      ['APPROVE', 'personal-loan:AURUM_PRIME', 1, 'snap-', 2, 'ACCEPTANCE', 'cmd-1'],
    );
    assert.equal(records.length, 1);
    assert.deepEqual(marked, ['snap-']);
  });

  it('decides once: the same command again, or another command on the same facts, gets the first decision', async () => {
    const { sut, records, evaluations } = setup();
    const first = await sut.execute(COMMAND, 'cmd-1', 'corr');
    assert.equal(await sut.execute(COMMAND, 'cmd-1', 'corr'), first);
    assert.equal(await sut.execute(COMMAND, 'cmd-2', 'corr'), first);
    assert.equal(records.length, 1);
    assert.equal(evaluations(), 1);
  });

  it('decides again on new facts (a document arrived)', async () => {
    const { sut, records } = setup(underwritingInput('AURUM_PRIME', { documents: ['BANK_STATEMENT'] }));
    await sut.execute(COMMAND, 'cmd-1', 'corr');
    records[0]!.snapshotId = 'snap-older';
    await sut.execute(COMMAND, 'cmd-2', 'corr');
    assert.equal(records.length, 2);
  });
});
