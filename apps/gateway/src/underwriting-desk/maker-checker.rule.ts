import { paiseOf, UnderwritingReviewDecision } from '@los/contracts';

export enum MakerCheckerStep {
  /** Apply the decision now. */
  Apply = 'APPLY',
  /** Record the maker's approval; a second underwriter must approve too. */
  RecordMaker = 'RECORD_MAKER',
  /** The maker cannot be their own checker. */
  RefuseSameUnderwriter = 'REFUSE_SAME_UNDERWRITER',
}

/**
 * Four eyes on large approvals: approving more than `checkerAbove` rupees takes two different underwriters, the
 * maker then the checker. A rejection never waits for a second person (it sends no money anywhere).
 */
export function makerCheckerStep(input: {
  decision: UnderwritingReviewDecision;
  amount: string;
  checkerAbove: string;
  makerId: string | null;
  userId: string;
}): MakerCheckerStep {
  if (input.decision !== UnderwritingReviewDecision.Approve) return MakerCheckerStep.Apply;
  if (paiseOf(input.amount) <= paiseOf(input.checkerAbove)) return MakerCheckerStep.Apply;
  if (input.makerId === null) return MakerCheckerStep.RecordMaker;
  return input.makerId === input.userId ? MakerCheckerStep.RefuseSameUnderwriter : MakerCheckerStep.Apply;
}
