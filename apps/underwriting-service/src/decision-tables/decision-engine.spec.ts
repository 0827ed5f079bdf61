import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { UnderwritingDecision } from '@los/contracts';
import { underwritingInput } from '../testing/underwriting-input.fixture.js';
import { DecisionEngine } from './decision-engine.js';
import { DecisionEngineError } from './decision-engine.error.js';
import type { DecisionTableVersion } from './decision-table.schema.js';
import type { DecisionTablesRepository } from './decision-tables.repository.js';
import { buildDecisionTable, type TableRow } from './seeds/jdm-table.builder.js';

const COLUMNS = [{ id: 'score', name: 'Score', field: 'bureau.score' }];
const row = (id: string, when: Record<string, string>, decision: TableRow['decision']): TableRow => ({
  id,
  when,
  decision,
  reasonCode: id.toUpperCase(),
  reasonText: id,
  borrowerFacing: false,
});
const tableOf = (version: number, rows: TableRow[]) => ({
  tableId: 'personal-loan:AURUM_PRIME',
  version,
  content: buildDecisionTable('t', 'first', COLUMNS, rows),
});
const repositoryWith = (active: Partial<DecisionTableVersion> | null) =>
  ({ findActive: () => Promise.resolve(active) }) as unknown as DecisionTablesRepository;
const isEngineError = (error: unknown) => error instanceof DecisionEngineError;

describe('DecisionEngine', () => {
  it('decides with the active table of the input product and lender', async () => {
    const sut = new DecisionEngine(repositoryWith(tableOf(3, [row('ok', {}, 'APPROVE')])));
    const outcome = await sut.decide(underwritingInput('AURUM_PRIME'));
    assert.deepEqual(
      [outcome.tableId, outcome.version, outcome.decision, outcome.matchedRules],
      ['personal-loan:AURUM_PRIME', 3, 'APPROVE', ['ok']],
    );
  });

  it('throws when the lender has no table', async () => {
    await assert.rejects(new DecisionEngine(repositoryWith(null)).decide(underwritingInput('NOBODY')), isEngineError);
  });

  it('throws, never approves, when no rule matches', async () => {
    const sut = new DecisionEngine(repositoryWith(null));
    await assert.rejects(
      sut.decideWith(tableOf(1, [row('low', { score: '< 700' }, 'REJECT')]), underwritingInput('AURUM_PRIME')),
      isEngineError,
    );
  });

  it('throws on a missing or non-numeric fact rather than let it slip past every rule', async () => {
    const sut = new DecisionEngine(repositoryWith(null));
    const table = tableOf(1, [row('low', { score: '< 700' }, 'REJECT'), row('ok', {}, 'APPROVE')]);
    await assert.rejects(sut.decideWith(table, underwritingInput('AURUM_PRIME', { foir: 'n/a' })), /input foir is not a number/);
    const noScore = underwritingInput('AURUM_PRIME');
    delete (noScore.bureau as Partial<typeof noScore.bureau>)!.score;
    await assert.rejects(sut.decideWith(table, noScore), /input bureau.score is not a number/);
  });

  it('throws when the content is not a decision graph', async () => {
    const sut = new DecisionEngine(repositoryWith(null));
    await assert.rejects(
      sut.decideWith({ tableId: 'x:Y', version: 1, content: { nodes: [] } }, underwritingInput('AURUM_PRIME')),
      isEngineError,
    );
  });

  it('throws when a matched row breaks the output convention', async () => {
    const content = tableOf(1, [row('ok', {}, 'APPROVE')]).content;
    (content.nodes[1].content as { rules: Record<string, string>[] }).rules[0].decision = '"YES"';
    const sut = new DecisionEngine(repositoryWith(null));
    await assert.rejects(
      sut.decideWith({ tableId: 'x:Y', version: 1, content }, underwritingInput('AURUM_PRIME')),
      /rule ok: decision must be/,
    );
  });

  it('caches a published version by (tableId, version), but never mixes two drafts', async () => {
    const sut = new DecisionEngine(repositoryWith(null));
    const input = underwritingInput('AURUM_PRIME');
    assert.equal((await sut.decideWith(tableOf(1, [row('a', {}, 'APPROVE')]), input)).decision, UnderwritingDecision.Approve);
    // A published version never changes, so the compiled v1 stands even if handed other content.
    assert.equal((await sut.decideWith(tableOf(1, [row('r', {}, 'REJECT')]), input)).decision, UnderwritingDecision.Approve);
    assert.equal((await sut.decideWith(tableOf(0, [row('a', {}, 'APPROVE')]), input)).decision, UnderwritingDecision.Approve);
    assert.equal((await sut.decideWith(tableOf(0, [row('r', {}, 'REJECT')]), input)).decision, UnderwritingDecision.Reject);
  });
});
