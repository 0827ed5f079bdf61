import type { UnderwritingDecidedEvent, UnderwritingDecisionReply } from '@los/contracts';
import type { DecisionRecordEntity } from './decision-record.entity.js';

export function decidedEventOf(record: DecisionRecordEntity): UnderwritingDecidedEvent {
  return {
    applicationId: record.applicationId,
    decisionId: record.id,
    snapshotId: record.snapshotId,
    decision: record.decision,
    tableId: record.tableId,
    version: record.tableVersion,
    reasons: record.reasons,
    conditions: record.conditions,
    trigger: record.trigger,
  };
}

export function decisionReplyOf(record: DecisionRecordEntity): UnderwritingDecisionReply {
  return {
    decisionId: record.id,
    applicationId: record.applicationId,
    decision: record.decision,
    tableId: record.tableId,
    version: record.tableVersion,
    snapshotId: record.snapshotId,
    matchedRules: record.matchedRules,
    reasons: record.reasons,
    conditions: record.conditions,
    durationMs: record.durationMs,
    trigger: record.trigger,
    decidedAt: record.decidedAt.toISOString(),
  };
}
