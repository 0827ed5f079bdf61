import { CreateDurableTables1764000000000 } from '@los/common';
import { DecisionTableAuditEventEntity } from '../audit/decision-table-audit.entity.js';
import { CreateDecisionTableAudit1764000002000 } from './migrations/1764000002000-create-decision-table-audit.js';
import { CreateUnderwritingDecisions1764000002100 } from './migrations/1764000002100-create-underwriting-decisions.js';
import { DecisionRecordEntity } from '../decisions/decision-record.entity.js';

export const UNDERWRITING_ENTITIES = [DecisionTableAuditEventEntity, DecisionRecordEntity];
export const UNDERWRITING_MIGRATIONS = [
  CreateDurableTables1764000000000,
  CreateDecisionTableAudit1764000002000,
  CreateUnderwritingDecisions1764000002100,
];
