import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AppException } from '@los/common';
import { DECISION_TABLE_SEEDS } from '../seeds/decision-table-seeds.js';
import { buildDecisionTable, type TableRow } from '../seeds/jdm-table.builder.js';
import { unknownOperatorIn } from './expression.checks.js';
import type { HitPolicy } from './jdm-content.js';
import { findTableProblems, validateDecisionTable } from './decision-table.validator.js';

const COLUMNS = [
  { id: 'score', name: 'Score', field: 'bureau.score' },
  { id: 'kyc', name: 'KYC', field: 'kyc.decision' },
];
const row = (id: string, when: Record<string, string>, decision: TableRow['decision'] = 'APPROVE'): TableRow => ({
  id,
  when,
  decision,
  reasonCode: id.toUpperCase(),
  reasonText: id,
  borrowerFacing: false,
});
const table = (rows: TableRow[], hitPolicy: HitPolicy = 'first') => structuredClone(buildDecisionTable('test', hitPolicy, COLUMNS, rows));
const VALID_ROWS = [row('low-score', { score: '< 700' }, 'REJECT'), row('kyc', { kyc: '!= "VERIFIED"' }, 'REFER'), row('default', {})];

/** Sets one cell of one rule in a valid table. */
function withCell(ruleId: string, column: string, cell: string) {
  const content = table(VALID_ROWS);
  const rules = (content.nodes[1].content as { rules: Record<string, string>[] }).rules;
  rules.find((rule) => rule._id === ruleId)![column] = cell;
  return content;
}

function refusal(content: unknown): AppException {
  try {
    validateDecisionTable(content);
  } catch (error) {
    assert.ok(error instanceof AppException);
    assert.equal(error.code, 'DECISION_TABLE_INVALID');
    assert.equal(error.statusCode, 400);
    return error;
  }
  assert.fail('expected DECISION_TABLE_INVALID');
}

describe('validateDecisionTable', () => {
  it('accepts a valid table and every seeded table', () => {
    assert.equal(validateDecisionTable(table(VALID_ROWS)).rules.length, 3);
    for (const seed of DECISION_TABLE_SEEDS) assert.deepEqual(findTableProblems(seed.content), [], seed.tableId);
  });

  describe('schema', () => {
    for (const [name, content, expected] of [
      ['not an object', 'rules', /JDM object/],
      ['no edges', { nodes: [] }, /nodes and edges/],
      ['a function node', { ...table(VALID_ROWS), nodes: [...table(VALID_ROWS).nodes, { id: 'f', type: 'functionNode' }] }, /functionNode/],
      ['the table not joined to the output', { ...table(VALID_ROWS), edges: [table(VALID_ROWS).edges[0]] }, /edges must join/],
      ['a key Mongo cannot store', { ...table(VALID_ROWS), $where: 1 }, /cannot be stored/],
    ] as const) {
      it(`refuses ${name}`, () => assert.match(refusal(content).message, expected));
    }

    it('refuses a row with a column the table does not have, naming the rule', () => {
      const error = refusal(withCell('kyc', 'income', '> 1'));
      assert.match(error.message, /rule kyc: income is not a column/);
      assert.equal(error.errors?.[0].code, 'INVALID_SHAPE');
    });

    it('refuses a table without the decision output', () => {
      const content = table(VALID_ROWS);
      const node = content.nodes[1].content as unknown as { outputs: { field: string }[] };
      node.outputs = node.outputs.filter((output) => output.field !== 'decision');
      assert.match(refusal(content).message, /outputs must include decision/);
    });

    it('refuses a column without a name (zen needs one) and the column the engine reserves', () => {
      const unnamed = table(VALID_ROWS);
      delete (unnamed.nodes[1].content as unknown as { inputs: { name?: string }[] }).inputs[0].name;
      assert.match(refusal(unnamed).message, /inputs must be a list of columns, each with a name/);
      const reserved = table(VALID_ROWS);
      (reserved.nodes[1].content as unknown as { outputs: { id: string; name: string; field: string }[] }).outputs.push({
        id: 'rule',
        name: 'Rule',
        field: '__rule',
      });
      assert.match(refusal(reserved).message, /__rule is reserved for the engine/);
    });

    it('refuses an unknown hit policy', () => {
      const content = table(VALID_ROWS);
      (content.nodes[1].content as { hitPolicy: string }).hitPolicy = 'unique';
      assert.match(refusal(content).message, /hitPolicy must be one of first, collect/);
    });
  });

  describe('expressions', () => {
    it('refuses a cell that does not parse, naming the rule and column', () => {
      const error = refusal(withCell('low-score', 'score', '< (700'));
      assert.match(error.message, /^rule low-score, column score: < \(700 does not parse/);
      assert.deepEqual([error.errors?.[0].code, error.errors?.[0].field], ['UNPARSABLE_EXPRESSION', 'content.rules.low-score.score']);
    });

    it('refuses an unterminated string in an output', () => {
      assert.match(refusal(withCell('kyc', 'reasonText', '"open')).message, /rule kyc, column reasonText: "open does not parse/);
    });

    for (const operator of ['===', '&&', '=>', '<>', '~=']) {
      it(`refuses the unknown operator ${operator}`, () => {
        const error = refusal(withCell('kyc', 'kyc', `$ ${operator} "VERIFIED"`));
        assert.match(error.message, new RegExp(`rule kyc, column kyc: unknown operator ${operator.replace(/[|*]/g, '\\$&')}`));
        assert.equal(error.errors?.[0].code, 'UNKNOWN_OPERATOR');
      });
    }

    it('accepts what merely fails to run on the sample (a type mismatch is not a syntax error)', () => {
      assert.deepEqual(findTableProblems(withCell('kyc', 'kyc', 'contains($, 5)')), []);
    });

    it('reads operators outside string literals only, and a sign after an operator', () => {
      assert.equal(unknownOperatorIn('"a && b" == $'), undefined);
      assert.equal(unknownOperatorIn('< -5'), undefined);
      assert.equal(unknownOperatorIn('$ ?? 3'), undefined);
      assert.equal(unknownOperatorIn('$ || 3'), '||');
    });

    it('refuses a decision that is not APPROVE, REFER or REJECT', () => {
      const error = refusal(withCell('kyc', 'decision', '"MAYBE"'));
      assert.match(error.message, /rule kyc: decision MAYBE is not one of/);
      assert.equal(error.errors?.[0].code, 'INVALID_OUTPUT');
    });
  });

  describe('reachability', () => {
    it('refuses rows after a catch-all under first', () => {
      const error = refusal(
        table([row('low-score', { score: '< 700' }, 'REJECT'), row('default', {}), row('late', { kyc: '"X"' }, 'REFER')]),
      );
      assert.match(error.message, /^rule late is unreachable: it comes after the catch-all rule default under hit policy first/);
      assert.equal(error.errors?.[0].code, 'UNREACHABLE_RULE');
    });

    it('refuses a row with the same conditions as an earlier one under first (whitespace aside)', () => {
      const error = refusal(table([row('a', { score: '< 700' }, 'REJECT'), row('b', { score: '<  700' }, 'REFER'), row('default', {})]));
      assert.match(error.message, /^rule b is unreachable: rule a has the same conditions/);
    });

    it('refuses a first table without a default row, naming its last rule', () => {
      const error = refusal(table([row('a', { score: '< 700' }, 'REJECT'), row('b', { kyc: '"X"' }, 'REFER')]));
      assert.match(error.message, /^no default rule: under hit policy first the last rule \(b\)/);
      assert.equal(error.errors?.[0].code, 'NO_DEFAULT_RULE');
    });

    it('refuses overlapping rows under collect, and accepts a collect table without a default', () => {
      const error = refusal(table([row('a', { score: '< 700' }, 'REJECT'), row('b', { score: '< 700' }, 'REFER')], 'collect'));
      assert.match(error.message, /^rule b has the same conditions as rule a: under collect both always fire/);
      assert.equal(error.errors?.[0].code, 'OVERLAPPING_RULES');
      assert.deepEqual(
        findTableProblems(table([row('a', { score: '< 700' }, 'REJECT'), row('b', { kyc: '"X"' }, 'REFER')], 'collect')),
        [],
      );
    });
  });

  it('lists every problem and says how many more there are', () => {
    const error = refusal(table([row('a', { score: '< (7' }), row('b', { kyc: '$ === 1' })]));
    assert.match(error.message, /\(and 2 more problems\)$/);
    assert.deepEqual(
      error.errors?.map((problem) => problem.code),
      ['UNPARSABLE_EXPRESSION', 'UNKNOWN_OPERATOR', 'NO_DEFAULT_RULE'],
    );
  });
});
