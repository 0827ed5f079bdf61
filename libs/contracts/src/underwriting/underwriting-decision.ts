/** Our credit decision, before the lender's. REFER sends the case to the underwriting review desk. */
export enum UnderwritingDecision {
  Approve = 'APPROVE',
  Reject = 'REJECT',
  Refer = 'REFER',
}

/** A reason a decision gives: borrower-facing ones may be told to the applicant (adverse action). */
export interface DecisionReason {
  code: string;
  text: string;
  borrowerFacing: boolean;
}

export interface DecisionConditions {
  /** Rupees, two decimals. */
  maxAmount?: string;
  documentsRequired?: string[];
}

/** What one evaluation of a decision table gave. */
export interface EngineOutcome {
  tableId: string;
  version: number;
  decision: UnderwritingDecision;
  reasons: DecisionReason[];
  conditions: DecisionConditions;
  /** Ids of the rules that matched, in order: the decision trace. */
  matchedRules: string[];
  durationMs: number;
}
