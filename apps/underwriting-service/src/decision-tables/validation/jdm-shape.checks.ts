import { RULE_ID_OUTPUT } from '../rule-id-output.js';
import { type DecisionTableNodeContent, HIT_POLICIES, type TableColumn, type TableProblem, TableProblemKind } from './jdm-content.js';

const SAFE_ID = /^[A-Za-z0-9_-]{1,64}$/;
const OUTPUT_PATH = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;
const NODE_TYPES = ['inputNode', 'outputNode', 'decisionTableNode'];
const REQUIRED_OUTPUTS = ['decision', 'reasonCode'];
const MAX_RULES = 1000;
const MAX_CELL = 1000;
const MAX_DEPTH = 12;
const ROW_META = new Set(['_id', '_description']);

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const shape = (message: string, ruleId?: string): TableProblem => ({ kind: TableProblemKind.InvalidShape, message, ruleId });

/**
 * The JDM graph we run: one input node, one decision table node, one output node, joined input → table →
 * output (no function nodes: they run code). Gives the table's content when its shape is right.
 */
export function checkShape(content: unknown): { problems: TableProblem[]; table?: DecisionTableNodeContent } {
  if (!isObject(content)) return { problems: [shape('content must be a JDM object with nodes and edges')] };
  const unsafeKey = findUnsafeKey(content, 0);
  if (unsafeKey !== undefined) return { problems: [shape(unsafeKey)] };
  if (!Array.isArray(content.nodes) || !Array.isArray(content.edges))
    return { problems: [shape('content must have nodes and edges arrays')] };
  const nodes = content.nodes as unknown[];
  if (!nodes.every((node) => isObject(node) && typeof node.id === 'string' && typeof node.type === 'string')) {
    return { problems: [shape('every node needs a string id and type')] };
  }
  const typed = nodes as Json[];
  const unknownType = typed.find((node) => !NODE_TYPES.includes(node.type as string));
  if (unknownType)
    return { problems: [shape(`node ${String(unknownType.id)} has type ${String(unknownType.type)}; allowed: ${NODE_TYPES.join(', ')}`)] };
  const ofType = (type: string) => typed.filter((node) => node.type === type);
  if (NODE_TYPES.some((type) => ofType(type).length !== 1))
    return { problems: [shape('content needs exactly one inputNode, one decisionTableNode and one outputNode')] };
  const [input, table, output] = ['inputNode', 'decisionTableNode', 'outputNode'].map((type) => ofType(type)[0]);
  const edges = content.edges as unknown[];
  const joins = (from: Json, to: Json) => edges.some((edge) => isObject(edge) && edge.sourceId === from.id && edge.targetId === to.id);
  if (edges.length !== 2 || !joins(input, table) || !joins(table, output)) {
    return { problems: [shape('edges must join the inputNode to the decisionTableNode and it to the outputNode')] };
  }
  return checkTableContent(table.content);
}

function checkTableContent(content: unknown): { problems: TableProblem[]; table?: DecisionTableNodeContent } {
  if (!isObject(content)) return { problems: [shape('the decisionTableNode needs a content object')] };
  const problems: TableProblem[] = [];
  if (!HIT_POLICIES.includes(content.hitPolicy as never)) problems.push(shape(`hitPolicy must be one of ${HIT_POLICIES.join(', ')}`));
  const inputs = checkColumns(content.inputs, 'inputs', problems);
  const outputs = checkColumns(content.outputs, 'outputs', problems);
  if (!inputs || !outputs) return { problems };
  for (const column of outputs) {
    if (typeof column.field !== 'string' || !OUTPUT_PATH.test(column.field)) problems.push(shape(`output ${column.id} needs a field path`));
  }
  for (const column of inputs) {
    if (column.field !== undefined && (typeof column.field !== 'string' || column.field.length > 200))
      problems.push(shape(`input ${column.id} has a bad field`));
  }
  const missing = REQUIRED_OUTPUTS.filter((field) => !outputs.some((column) => column.field === field));
  if (missing.length > 0) problems.push(shape(`outputs must include ${missing.join(' and ')}`));
  const ids = [...inputs, ...outputs].map((column) => column.id);
  const repeated = ids.find((id, i) => ids.indexOf(id) !== i);
  if (repeated) problems.push(shape(`column id ${repeated} is used twice`));
  const rules = checkRules(content.rules, new Set(ids), problems);
  if (problems.length > 0 || !rules) return { problems };
  return { problems, table: { hitPolicy: content.hitPolicy as DecisionTableNodeContent['hitPolicy'], inputs, outputs, rules } };
}

function checkColumns(value: unknown, name: string, problems: TableProblem[]): TableColumn[] | undefined {
  const valid = (column: unknown) =>
    isObject(column) &&
    typeof column.id === 'string' &&
    SAFE_ID.test(column.id) &&
    typeof column.name === 'string' &&
    column.name.length <= 100;
  if (!Array.isArray(value) || !value.every(valid)) {
    problems.push(shape(`${name} must be a list of columns, each with a name and an id of 1-64 letters, digits, _ or -`));
    return undefined;
  }
  const reserved = (value as TableColumn[]).find((column) => column.id === RULE_ID_OUTPUT || column.field === RULE_ID_OUTPUT);
  if (reserved) problems.push(shape(`${RULE_ID_OUTPUT} is reserved for the engine (column ${reserved.id})`));
  return value as TableColumn[];
}

function checkRules(value: unknown, columnIds: Set<string>, problems: TableProblem[]): DecisionTableNodeContent['rules'] | undefined {
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_RULES) {
    problems.push(shape(`rules must be a list of 1-${MAX_RULES} rows`));
    return undefined;
  }
  const seen = new Set<string>();
  const rules: DecisionTableNodeContent['rules'] = [];
  for (const [index, row] of (value as unknown[]).entries()) {
    if (!isObject(row) || typeof row._id !== 'string' || !SAFE_ID.test(row._id)) {
      problems.push(shape(`row ${index + 1} needs an _id of 1-64 letters, digits, _ or -`));
      continue;
    }
    const ruleId = row._id;
    if (seen.has(ruleId)) problems.push(shape(`rule ${ruleId}: _id is used twice`, ruleId));
    seen.add(ruleId);
    for (const [key, cell] of Object.entries(row)) {
      if (!ROW_META.has(key) && !columnIds.has(key)) problems.push(shape(`rule ${ruleId}: ${key} is not a column`, ruleId));
      else if (typeof cell !== 'string' || cell.length > MAX_CELL)
        problems.push(shape(`rule ${ruleId}: ${key} must be text of up to ${MAX_CELL} characters`, ruleId));
    }
    rules.push(row as DecisionTableNodeContent['rules'][number]);
  }
  return rules;
}

/** Mongo keeps content as given: a key starting with $ or holding a dot cannot be stored safely. */
function findUnsafeKey(value: unknown, depth: number): string | undefined {
  if (depth > MAX_DEPTH) return `content nests deeper than ${MAX_DEPTH} levels`;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findUnsafeKey(item, depth + 1);
      if (found) return found;
    }
  } else if (isObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      if (key.startsWith('$') || key.includes('.') || key.includes('\0'))
        return `content has a key that cannot be stored: ${JSON.stringify(key.slice(0, 40))}`;
      const found = findUnsafeKey(item, depth + 1);
      if (found) return found;
    }
  }
  return undefined;
}
