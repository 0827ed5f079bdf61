import type { DecisionTableVersion } from './decision-table.schema.js';
import type { TableRule } from './validation/jdm-content.js';

/** One version without its content, as lists show it. */
export interface DecisionTableVersionView {
  tableId: string;
  version: number;
  publishedBy: string;
  reason: string;
  publishedAt: string;
  rolledBackFrom: number | null;
}

export interface DecisionTableVersionDetailView extends DecisionTableVersionView {
  content: Record<string, unknown>;
}

export interface DecisionTableSummaryView {
  tableId: string;
  activeVersion: number;
  active: DecisionTableVersionView;
}

export interface PublishedDecisionTableView {
  tableId: string;
  version: number;
}

export interface RuleChangeView {
  ruleId: string;
  before: TableRule;
  after: TableRule;
}

export interface DecisionTableDiffView {
  tableId: string;
  from: number;
  to: number;
  hitPolicy?: { before: string; after: string };
  added: TableRule[];
  removed: TableRule[];
  changed: RuleChangeView[];
}

export interface SimulatedChangeView {
  applicationId: string;
  snapshotId: string;
  from: string;
  to: string;
}

export interface SimulationView {
  tableId: string;
  evaluated: number;
  changed: number;
  changes: SimulatedChangeView[];
}

export function toVersionView(version: Omit<DecisionTableVersion, 'content' | 'audited'>): DecisionTableVersionView {
  return {
    tableId: version.tableId,
    version: version.version,
    publishedBy: version.publishedBy,
    reason: version.reason,
    publishedAt: new Date(version.publishedAt).toISOString(),
    rolledBackFrom: version.rolledBackFrom ?? null,
  };
}
