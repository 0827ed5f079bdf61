import type { JsonChange } from './diff/json-diff.js';
import type { PartnerRuleVersionEntity } from './partner-rule-version.entity.js';
import type { PartnerRules, PartnerStatus } from './rules/partner-rules.js';

export interface PartnerSummaryView {
  code: string;
  name: string;
  status: PartnerStatus;
  currentVersion: number;
  updatedAt: string;
}

export interface RuleVersionView {
  version: number;
  rules: PartnerRules;
  createdBy: string;
  reason: string;
  createdAt: string;
}

export interface PartnerRulesView {
  code: string;
  name: string;
  current: RuleVersionView;
  /** Every version, newest first (the current one included). */
  history: RuleVersionView[];
}

export interface PublishedRulesView extends RuleVersionView {
  code: string;
}

export interface RulesDiffView {
  from: number;
  to: number;
  changes: JsonChange[];
}

export function toRuleVersionView(version: PartnerRuleVersionEntity): RuleVersionView {
  return {
    version: version.version,
    rules: version.rules,
    createdBy: version.createdBy,
    reason: version.reason,
    createdAt: version.createdAt.toISOString(),
  };
}
