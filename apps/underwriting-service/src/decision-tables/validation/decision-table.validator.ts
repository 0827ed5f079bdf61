import { AppException } from '@los/common';
import { ErrorCode, type FieldError } from '@los/contracts';
import { checkExpressions } from './expression.checks.js';
import type { DecisionTableNodeContent, TableProblem } from './jdm-content.js';
import { checkShape } from './jdm-shape.checks.js';
import { checkReachability } from './rule-reachability.checks.js';

const MAX_LISTED = 20;

/** Every problem of a table, shape first (the other checks need a well-formed table). Pure. */
export function findTableProblems(content: unknown): TableProblem[] {
  const { problems, table } = checkShape(content);
  if (!table) return problems;
  return [...checkExpressions(table), ...checkReachability(table)];
}

/** The table's content when it may be published; else DECISION_TABLE_INVALID naming the first rule and problem. */
export function validateDecisionTable(content: unknown): DecisionTableNodeContent {
  const problems = findTableProblems(content);
  if (problems.length > 0) {
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
    const errors: FieldError[] = problems.slice(0, MAX_LISTED).map((problem) => ({
      field: problem.ruleId === undefined ? 'content' : `content.rules.${problem.ruleId}${problem.column ? `.${problem.column}` : ''}`,
      code: problem.kind,
      message: problem.message,
    }));
    throw new AppException(ErrorCode.DecisionTableInvalid, `${problems[0].message}${more}`, undefined, errors);
  }
  return checkShape(content).table!;
}
