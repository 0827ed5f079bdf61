import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { UnderwritingDecision, UnderwritingTrigger } from '@los/contracts';
import { MONEY } from '../offers/offer.views.js';

export class DecisionReasonView {
  @ApiProperty({ example: 'BUREAU_WRITTEN_OFF' }) code: string;
  @ApiProperty({ example: 'A loan account was written off in the credit history' }) text: string;
  @ApiProperty({ description: 'Whether the reason may be told to the applicant' }) borrowerFacing: boolean;
}

export class DecisionConditionsView {
  @ApiPropertyOptional(MONEY) maxAmount?: string;
  @ApiPropertyOptional({ type: [String], example: ['BANK_STATEMENT'] }) documentsRequired?: string[];
}

/** What the applicant is told of our credit decision: the decision and the reasons meant for them. */
export class BorrowerDecisionView {
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty({ enum: UnderwritingDecision, enumName: 'UnderwritingDecision' }) decision: UnderwritingDecision;
  @ApiProperty({ type: [DecisionReasonView] }) reasons: DecisionReasonView[];
  @ApiProperty({ format: 'date-time' }) decidedAt: string;
}

/** The full decision record, for staff: the table and version, the input snapshot, the trace and the conditions. */
export class StaffDecisionView extends BorrowerDecisionView {
  @ApiProperty({ format: 'uuid' }) decisionId: string;
  @ApiProperty({ example: 'personal-loan', description: 'The decision table evaluated' }) table: string;
  @ApiProperty({ example: 3, description: 'Its published version' }) version: number;
  @ApiProperty({ example: 'sha256-3f7a…', description: 'Id (content hash) of the input snapshot the decision was taken on' })
  snapshot: string;
  @ApiProperty({ type: [String], description: 'Ids of the rules that matched, in order' }) matchedRules: string[];
  @ApiProperty({ type: DecisionConditionsView }) conditions: DecisionConditionsView;
  @ApiProperty({ example: 12 }) durationMs: number;
  @ApiProperty({ enum: UnderwritingTrigger, enumName: 'UnderwritingTrigger' }) trigger: UnderwritingTrigger;
}

export class ReevaluationView {
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty({ example: 'UNDERWRITING' }) status: string;
  @ApiProperty({ format: 'uuid', description: 'The evaluate command recorded' }) commandId: string;
}
