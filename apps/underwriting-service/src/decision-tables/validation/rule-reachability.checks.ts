import { type DecisionTableNodeContent, type TableProblem, TableProblemKind } from './jdm-content.js';

const conditionsOf = (table: DecisionTableNodeContent, rule: DecisionTableNodeContent['rules'][number]) =>
  table.inputs.map((input) => (rule[input.id] ?? '').trim().replace(/\s+/g, ' '));

/**
 * Rows no input can reach, or that the hit policy cannot tell apart. Under `first`: a row after a catch-all
 * (every condition empty) or with the same conditions as an earlier row never fires, and the last row must be
 * the catch-all default. Under `collect`, rows with the same conditions always fire together, so one is
 * redundant or they contradict each other: conditions must be unique there too.
 */
export function checkReachability(table: DecisionTableNodeContent): TableProblem[] {
  const problems: TableProblem[] = [];
  const seen = new Map<string, string>();
  let catchAll: string | undefined;
  for (const rule of table.rules) {
    const conditions = conditionsOf(table, rule);
    const key = JSON.stringify(conditions);
    const twin = seen.get(key);
    if (table.hitPolicy === 'first' && catchAll !== undefined) {
      problems.push({
        kind: TableProblemKind.UnreachableRule,
        ruleId: rule._id,
        message: `rule ${rule._id} is unreachable: it comes after the catch-all rule ${catchAll} under hit policy first`,
      });
    } else if (twin !== undefined) {
      problems.push(
        table.hitPolicy === 'first'
          ? {
              kind: TableProblemKind.UnreachableRule,
              ruleId: rule._id,
              message: `rule ${rule._id} is unreachable: rule ${twin} has the same conditions and comes first`,
            }
          : {
              kind: TableProblemKind.OverlappingRules,
              ruleId: rule._id,
              message: `rule ${rule._id} has the same conditions as rule ${twin}: under collect both always fire`,
            },
      );
    }
    if (twin === undefined) seen.set(key, rule._id);
    if (catchAll === undefined && conditions.every((condition) => condition === '')) catchAll = rule._id;
  }
  const last = table.rules[table.rules.length - 1];
  if (table.hitPolicy === 'first' && catchAll === undefined) {
    problems.push({
      kind: TableProblemKind.NoDefaultRule,
      ruleId: last._id,
      message: `no default rule: under hit policy first the last rule (${last._id}) must have every condition empty`,
    });
  }
  return problems;
}
