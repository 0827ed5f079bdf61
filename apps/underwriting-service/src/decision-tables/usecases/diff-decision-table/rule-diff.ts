import { isDeepStrictEqual } from 'node:util';
import type { DecisionTableDiffView } from '../../decision-table.views.js';
import type { DecisionTableNodeContent, TableRule } from '../../validation/jdm-content.js';

/** Rows matched by `_id`: added, removed, and changed with their before and after; order of the newer table. */
export function diffRules(
  before: DecisionTableNodeContent,
  after: DecisionTableNodeContent,
): Pick<DecisionTableDiffView, 'hitPolicy' | 'added' | 'removed' | 'changed'> {
  const older = new Map<string, TableRule>(before.rules.map((rule) => [rule._id, rule]));
  const newer = new Set(after.rules.map((rule) => rule._id));
  const diff: ReturnType<typeof diffRules> = {
    added: after.rules.filter((rule) => !older.has(rule._id)),
    removed: before.rules.filter((rule) => !newer.has(rule._id)),
    changed: after.rules.flatMap((rule) => {
      const previous = older.get(rule._id);
      return previous && !isDeepStrictEqual(previous, rule) ? [{ ruleId: rule._id, before: previous, after: rule }] : [];
    }),
  };
  if (before.hitPolicy !== after.hitPolicy) diff.hitPolicy = { before: before.hitPolicy, after: after.hitPolicy };
  return diff;
}
