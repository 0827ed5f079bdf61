import type { UnderwritingDecisionReply } from '@los/contracts';
import type { BorrowerDecisionView, StaffDecisionView } from './decision.views.js';

export function toStaffDecisionView(reply: UnderwritingDecisionReply): StaffDecisionView {
  return {
    applicationId: reply.applicationId,
    decision: reply.decision,
    reasons: reply.reasons,
    decidedAt: reply.decidedAt,
    decisionId: reply.decisionId,
    table: reply.tableId,
    version: reply.version,
    snapshot: reply.snapshotId,
    matchedRules: reply.matchedRules,
    conditions: reply.conditions,
    durationMs: reply.durationMs,
    trigger: reply.trigger,
  };
}

/** The applicant sees the decision and only the reasons meant for them (adverse action notice), nothing of the trace. */
export function toBorrowerDecisionView(reply: UnderwritingDecisionReply): BorrowerDecisionView {
  return {
    applicationId: reply.applicationId,
    decision: reply.decision,
    reasons: reply.reasons.filter((r) => r.borrowerFacing),
    decidedAt: reply.decidedAt,
  };
}
