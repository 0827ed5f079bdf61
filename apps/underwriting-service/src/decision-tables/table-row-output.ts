import { type DecisionConditions, type DecisionReason, UnderwritingDecision } from '@los/contracts';
import { Decimal } from 'decimal.js';
import { DecisionEngineError } from './decision-engine.error.js';

/** What each matched row outputs (see the README's output convention). */
export interface TableRowOutput {
  decision: UnderwritingDecision;
  reason: DecisionReason;
  maxAmount?: string;
  documentsRequired?: string[];
}

const DECISIONS = new Set<string>(Object.values(UnderwritingDecision));
const RUPEES = /^\d{1,12}(\.\d{1,2})?$/;

/** Checks one row's output object; a row that breaks the convention is an engine error, never a silent approve. */
export function parseRowOutput(raw: unknown, ruleId: string): TableRowOutput {
  const row = (raw ?? {}) as Record<string, unknown>;
  const fail = (problem: string) => new DecisionEngineError(`rule ${ruleId}: ${problem}`);
  if (typeof row.decision !== 'string' || !DECISIONS.has(row.decision)) throw fail('decision must be APPROVE, REFER or REJECT');
  if (typeof row.reasonCode !== 'string' || row.reasonCode.length === 0) throw fail('reasonCode is missing');
  const output: TableRowOutput = {
    decision: row.decision as UnderwritingDecision,
    reason: {
      code: row.reasonCode,
      text: typeof row.reasonText === 'string' ? row.reasonText : row.reasonCode,
      borrowerFacing: row.borrowerFacing === true,
    },
  };
  if (row.maxAmount !== undefined && row.maxAmount !== null && row.maxAmount !== '') {
    const amount = typeof row.maxAmount === 'number' ? String(row.maxAmount) : row.maxAmount;
    if (typeof amount !== 'string' || !RUPEES.test(amount)) throw fail('maxAmount must be rupees with up to two decimals');
    output.maxAmount = new Decimal(amount).toFixed(2);
  }
  if (row.documentsRequired !== undefined && row.documentsRequired !== null && row.documentsRequired !== '') {
    const documents = row.documentsRequired;
    if (!Array.isArray(documents) || !documents.every((document) => typeof document === 'string')) {
      throw fail('documentsRequired must be a list of document codes');
    }
    output.documentsRequired = documents;
  }
  return output;
}

const SEVERITY: Record<UnderwritingDecision, number> = {
  [UnderwritingDecision.Approve]: 0,
  [UnderwritingDecision.Refer]: 1,
  [UnderwritingDecision.Reject]: 2,
};

export interface CombinedRows {
  decision: UnderwritingDecision;
  reasons: DecisionReason[];
  conditions: DecisionConditions;
}

/**
 * Any REJECT rejects, else any REFER refers, else APPROVE. Reasons and conditions come from the rows that
 * carry the final decision (an approving row's reason says nothing about a rejection); the lowest
 * maxAmount wins and documents are gathered once each, in row order.
 */
export function combineRows(rows: readonly TableRowOutput[]): CombinedRows {
  if (rows.length === 0) throw new DecisionEngineError('no rule matched');
  const decision = rows.reduce((worst, row) => (SEVERITY[row.decision] > SEVERITY[worst] ? row.decision : worst), rows[0].decision);
  const deciding = rows.filter((row) => row.decision === decision);
  const reasons: DecisionReason[] = [];
  for (const row of deciding) if (!reasons.some((reason) => reason.code === row.reason.code)) reasons.push(row.reason);
  const conditions: DecisionConditions = {};
  const amounts = deciding.flatMap((row) => (row.maxAmount === undefined ? [] : [new Decimal(row.maxAmount)]));
  if (amounts.length > 0) conditions.maxAmount = Decimal.min(...amounts).toFixed(2);
  const documents = [...new Set(deciding.flatMap((row) => row.documentsRequired ?? []))];
  if (documents.length > 0) conditions.documentsRequired = documents;
  return { decision, reasons, conditions };
}
