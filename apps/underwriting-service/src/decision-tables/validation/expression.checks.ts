import { evaluateExpressionSync, evaluateUnaryExpressionSync } from '@gorules/zen-engine';
import { UnderwritingDecision } from '@los/contracts';
import { type DecisionTableNodeContent, type TableProblem, TableProblemKind } from './jdm-content.js';
import { SAMPLE_FACTS, sampleValueAt } from './sample-facts.js';

const STRING_LITERALS = /"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`(?:[^`\\]|\\.)*`/g;
const OPERATOR_RUNS = /[=<>!~&|*^%?:+\-/]+/g;
const KNOWN_OPERATORS = new Set(['==', '!=', '<', '<=', '>', '>=', '+', '-', '*', '/', '%', '^', '!', '?', ':', '??']);
const DECISIONS = new Set<string>(Object.values(UnderwritingDecision));

/** Operators zen does not have (`===`, `&&`, `=>`, `<>`, `~=`...); a sign after a known operator is a unary minus or plus. */
export function unknownOperatorIn(expression: string): string | undefined {
  const code = expression.replace(STRING_LITERALS, '""');
  for (const [run] of code.matchAll(OPERATOR_RUNS)) {
    const withoutSign = /^(.+?)[-+]$/.exec(run)?.[1];
    if (!KNOWN_OPERATORS.has(run) && !(withoutSign !== undefined && KNOWN_OPERATORS.has(withoutSign))) return run;
  }
  return undefined;
}

type Evaluation = { syntaxError?: string; value?: unknown };

/**
 * Zen reports lexer and parser errors apart from run-time ones (a null field, a type mismatch): only the first
 * two mean the expression is broken; the sample context merely lets it run.
 */
function evaluate(run: () => unknown): Evaluation {
  try {
    return { value: run() };
  } catch (error) {
    const detail = zenErrorOf(error);
    return detail.type === 'lexerError' || detail.type === 'parserError' ? { syntaxError: detail.source } : {};
  }
}

function zenErrorOf(error: unknown): { type?: string; source?: string } {
  const firstLine = (error instanceof Error ? error.message : String(error)).split('\n')[0];
  try {
    return JSON.parse(firstLine) as { type?: string; source?: string };
  } catch {
    return { type: 'unknown', source: firstLine };
  }
}

/** Every non-empty cell parses, uses only zen's operators, and the decision column gives a known decision. */
export function checkExpressions(table: DecisionTableNodeContent): TableProblem[] {
  const problems: TableProblem[] = [];
  const check = (ruleId: string, column: string, cell: string, run: () => unknown): Evaluation | undefined => {
    const operator = unknownOperatorIn(cell);
    if (operator !== undefined) {
      problems.push({
        kind: TableProblemKind.UnknownOperator,
        ruleId,
        column,
        message: `rule ${ruleId}, column ${column}: unknown operator ${operator} in ${cell}`,
      });
      return undefined;
    }
    const result = evaluate(run);
    if (result.syntaxError !== undefined) {
      problems.push({
        kind: TableProblemKind.UnparsableExpression,
        ruleId,
        column,
        message: `rule ${ruleId}, column ${column}: ${cell} does not parse (${result.syntaxError})`,
      });
      return undefined;
    }
    return result;
  };
  for (const rule of table.rules) {
    for (const input of table.inputs) {
      const cell = (rule[input.id] ?? '').trim();
      if (cell === '') continue;
      const field = input.field?.trim();
      if (field) check(rule._id, input.id, cell, () => evaluateUnaryExpressionSync(cell, { ...SAMPLE_FACTS, $: sampleValueAt(field) }));
      else check(rule._id, input.id, cell, () => evaluateExpressionSync(cell, SAMPLE_FACTS));
    }
    for (const output of table.outputs) {
      const cell = (rule[output.id] ?? '').trim();
      if (cell === '') {
        if (output.field === 'decision' || output.field === 'reasonCode') {
          problems.push({
            kind: TableProblemKind.InvalidOutput,
            ruleId: rule._id,
            column: output.id,
            message: `rule ${rule._id}: ${output.field} is empty`,
          });
        }
        continue;
      }
      const result = check(rule._id, output.id, cell, () => evaluateExpressionSync(cell, SAMPLE_FACTS));
      if (result && output.field === 'decision' && typeof result.value === 'string' && !DECISIONS.has(result.value)) {
        problems.push({
          kind: TableProblemKind.InvalidOutput,
          ruleId: rule._id,
          column: output.id,
          message: `rule ${rule._id}: decision ${result.value} is not one of ${[...DECISIONS].join(', ')}`,
        });
      }
    }
  }
  return problems;
}
