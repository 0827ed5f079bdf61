import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

const DECISIONS = ['APPROVE', 'REFER', 'REJECT'];
const ROW = {
  type: 'object',
  additionalProperties: { type: 'string' },
  description: 'A row: `_id` and one expression per column id',
} as const;

/** The underwriting service's answers, passed through unchanged: these classes only describe them. */
export class DecisionTableVersionView {
  @ApiProperty({ example: 'personal-loan:AURUM_PRIME' }) tableId: string;
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
  @ApiProperty({ example: 'personal-loan:AURUM_PRIME' }) tableId: string;
  @ApiProperty({ type: 'integer', description: 'The latest version, the one applications are decided with' }) activeVersion: number;
  @ApiProperty({ type: DecisionTableVersionView }) active: DecisionTableVersionView;
}

export class PublishedDecisionTableView {
  @ApiProperty({ example: 'personal-loan:AURUM_PRIME' }) tableId: string;
  @ApiProperty({ type: 'integer' }) version: number;
}

export class HitPolicyChangeView {
  @ApiProperty({ enum: ['first', 'collect'] }) before: string;
  @ApiProperty({ enum: ['first', 'collect'] }) after: string;
}

export class RuleChangeView {
  @ApiProperty() ruleId: string;
  @ApiProperty(ROW) before: Record<string, string>;
  @ApiProperty(ROW) after: Record<string, string>;
}

export class DecisionTableDiffView {
  @ApiProperty() tableId: string;
  @ApiProperty({ type: 'integer' }) from: number;
  @ApiProperty({ type: 'integer' }) to: number;
  @ApiPropertyOptional({ type: HitPolicyChangeView, description: 'Present when the hit policy changed' }) hitPolicy?: HitPolicyChangeView;
  @ApiProperty({ type: 'array', items: ROW, description: 'Rows of `to` whose `_id` is not in `from`' }) added: Record<string, string>[];
  @ApiProperty({ type: 'array', items: ROW, description: 'Rows of `from` whose `_id` is not in `to`' }) removed: Record<string, string>[];
  @ApiProperty({ type: [RuleChangeView] }) changed: RuleChangeView[];
}

export class SimulatedChangeView {
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty({ description: 'The stored input snapshot (sha256 of its canonical JSON)' }) snapshotId: string;
  @ApiProperty({ enum: DECISIONS, description: 'The decision the application got' }) from: string;
  @ApiProperty({ enum: DECISIONS, description: "The draft's decision (REFER when the draft cannot decide)" }) to: string;
}

export class SimulationView {
  @ApiProperty() tableId: string;
  @ApiProperty({ type: 'integer' }) evaluated: number;
  @ApiProperty({ type: 'integer' }) changed: number;
  @ApiProperty({ type: [SimulatedChangeView] }) changes: SimulatedChangeView[];
}
