/** The hit policies zen-engine's decision table node knows. */
export type HitPolicy = 'first' | 'collect';
export const HIT_POLICIES: readonly HitPolicy[] = ['first', 'collect'];

export interface TableColumn {
  id: string;
  name?: string;
  field?: string;
}

/** One row: `_id`, and a cell (an expression, '' for any) per column id. */
export type TableRule = Record<string, string> & { _id: string };

/** The decision table node's content, as the validator accepts it. */
export interface DecisionTableNodeContent {
  hitPolicy: HitPolicy;
  inputs: TableColumn[];
  outputs: TableColumn[];
  rules: TableRule[];
}

export enum TableProblemKind {
  InvalidShape = 'INVALID_SHAPE',
  UnparsableExpression = 'UNPARSABLE_EXPRESSION',
  UnknownOperator = 'UNKNOWN_OPERATOR',
  InvalidOutput = 'INVALID_OUTPUT',
  UnreachableRule = 'UNREACHABLE_RULE',
  NoDefaultRule = 'NO_DEFAULT_RULE',
  OverlappingRules = 'OVERLAPPING_RULES',
}

/** One thing wrong with a table; `ruleId` and `column` say where when it is inside a row. */
export interface TableProblem {
  kind: TableProblemKind;
  message: string;
  ruleId?: string;
  column?: string;
}
