import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

const DECISIONS = ['APPROVE', 'REFER', 'REJECT'];
/** `product:LENDER`; its own format, so the house rule that makes every `…Id` a UUID leaves it alone. */
export const TABLE_ID_SCHEMA = {
  example: 'personal-loan:AURUM_PRIME',
  format: 'decision-table-id',
  pattern: '^[a-z][a-z0-9-]{1,40}:[A-Z][A-Z0-9_]{1,40}$',
} as const;
const ROW = {
  type: 'object',
  additionalProperties: { type: 'string' },
  description: 'A row: `_id` and one expression per column id',
} as const;

/** The underwriting service's answers, passed through unchanged: these classes only describe them. */
export class DecisionTableVersionView {
  @ApiProperty(TABLE_ID_SCHEMA) tableId: string;
  @ApiProperty({ type: 'integer' }) version: number;
  @ApiProperty({ example: 'user:6f1c2e1a-…', description: 'Who published it (`system:seed` for the first version)' }) publishedBy: string;
  @ApiProperty() reason: string;
  @ApiProperty({ format: 'date-time' }) publishedAt: string;
  @ApiProperty({ type: 'integer', nullable: true, description: 'The version it republished, when a rollback' }) rolledBackFrom:
    number | null;
}

export class DecisionTableVersionDetailView extends DecisionTableVersionView {
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The JDM JSON of this version' })
  content: Record<string, unknown>;
}

export class DecisionTableSummaryView {
  @ApiProperty(TABLE_ID_SCHEMA) tableId: string;
  @ApiProperty({ type: 'integer', description: 'The latest version, the one applications are decided with' }) activeVersion: number;
  @ApiProperty({ type: DecisionTableVersionView }) active: DecisionTableVersionView;
}

export class PublishedDecisionTableView {
  @ApiProperty(TABLE_ID_SCHEMA) tableId: string;
  @ApiProperty({ type: 'integer' }) version: number;
}

export class HitPolicyChangeView {
  @ApiProperty({ enum: ['first', 'collect'] }) before: string;
  @ApiProperty({ enum: ['first', 'collect'] }) after: string;
}

export class RuleChangeView {
  @ApiProperty({ format: 'rule-id', example: 'score-below-min', description: 'The `_id` of the row' }) ruleId: string;
  @ApiProperty(ROW) before: Record<string, string>;
  @ApiProperty(ROW) after: Record<string, string>;
}

export class DecisionTableDiffView {
  @ApiProperty(TABLE_ID_SCHEMA) tableId: string;
  @ApiProperty({ type: 'integer' }) from: number;
  @ApiProperty({ type: 'integer' }) to: number;
  @ApiPropertyOptional({ type: HitPolicyChangeView, description: 'Present when the hit policy changed' }) hitPolicy?: HitPolicyChangeView;
  @ApiProperty({ type: 'array', items: ROW, description: 'Rows of `to` whose `_id` is not in `from`' }) added: Record<string, string>[];
  @ApiProperty({ type: 'array', items: ROW, description: 'Rows of `from` whose `_id` is not in `to`' }) removed: Record<string, string>[];
  @ApiProperty({ type: [RuleChangeView] }) changed: RuleChangeView[];
}

export class SimulatedChangeView {
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty({ format: 'sha256-hex', pattern: '^[0-9a-f]{64}$', description: 'The stored input snapshot (sha256 of its canonical JSON)' })
  snapshotId: string;
  @ApiProperty({ enum: DECISIONS, description: 'The decision the application got' }) from: string;
  @ApiProperty({ enum: DECISIONS, description: "The draft's decision (REFER when the draft cannot decide)" }) to: string;
}

export class SimulationView {
  @ApiProperty(TABLE_ID_SCHEMA) tableId: string;
  @ApiProperty({ type: 'integer' }) evaluated: number;
  @ApiProperty({ type: 'integer' }) changed: number;
  @ApiProperty({ type: [SimulatedChangeView] }) changes: SimulatedChangeView[];
}
