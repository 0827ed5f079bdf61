import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** Any JSON value (a rule leaf). */
const ANY_JSON = {
  oneOf: [
    { type: 'string', nullable: true },
    { type: 'number' },
    { type: 'boolean' },
    { type: 'object', additionalProperties: true },
    { type: 'array', items: {} },
  ],
};

/** The offer service's answers, passed through unchanged: these classes only describe them. */
export class PartnerSummaryView {
  @ApiProperty({ example: 'KUBER' }) code: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ['ACTIVE', 'PAUSED'] }) status: 'ACTIVE' | 'PAUSED';
  @ApiProperty({ type: 'integer' }) currentVersion: number;
  @ApiProperty() updatedAt: string;
}

export class RuleVersionView {
  @ApiProperty({ type: 'integer' }) version: number;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The complete rule set of this version' })
  rules: Record<string, unknown>;
  @ApiProperty({ example: 'user:6f1c2e1a-…' }) createdBy: string;
  @ApiProperty() reason: string;
  @ApiProperty() createdAt: string;
}

export class PartnerRulesView {
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: RuleVersionView }) current: RuleVersionView;
  @ApiProperty({ type: [RuleVersionView], description: 'Every version, newest first (the current one included)' })
  history: RuleVersionView[];
}

export class PublishedRulesView extends RuleVersionView {
  @ApiProperty() code: string;
}

export class RuleChangeView {
  @ApiProperty({ example: 'rateGrid[3].annualRatePercent' }) path: string;
  @ApiPropertyOptional({ ...ANY_JSON, description: 'The value in the older version; absent when added' }) before?: unknown;
  @ApiPropertyOptional({ ...ANY_JSON, description: 'The value in the newer version; absent when removed' }) after?: unknown;
}

export class RulesDiffView {
  @ApiProperty({ type: 'integer' }) from: number;
  @ApiProperty({ type: 'integer' }) to: number;
  @ApiProperty({ type: [RuleChangeView] }) changes: RuleChangeView[];
}

export class PartnerSlaView {
  @ApiProperty() partnerCode: string;
  @ApiProperty({ format: 'date-time' }) from: string;
  @ApiProperty({ format: 'date-time' }) to: string;
  @ApiProperty({ type: 'integer' }) calls: number;
  @ApiProperty({ type: Number, nullable: true }) p50Ms: number | null;
  @ApiProperty({ type: Number, nullable: true }) p95Ms: number | null;
  @ApiProperty({ type: Number, nullable: true }) p99Ms: number | null;
  @ApiProperty({ description: 'Share of failed calls, 0 to 1' }) errorRate: number;
  @ApiProperty({ type: 'integer' }) breaches: number;
}
