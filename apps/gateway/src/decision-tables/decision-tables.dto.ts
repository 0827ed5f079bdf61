import { ApiProperty } from '@nestjs/swagger';
import { IsSafeText, MAX_SIMULATED_APPLICATIONS } from '@los/contracts';
import { Type } from 'class-transformer';
import { IsInt, IsObject, IsString, Length, Max, Min } from 'class-validator';

const CONTENT = {
  description:
    'The table as JDM JSON (GoRules): one input node, one decision table node, one output node; validated (DECISION_TABLE_INVALID)',
  type: 'object',
  additionalProperties: true,
} as const;

export class PublishDecisionTableDto {
  @ApiProperty(CONTENT)
  @IsObject()
  content: Record<string, unknown>;

  @ApiProperty({ example: 'Lower the score floor to 700 for salaried applicants', minLength: 3, maxLength: 500 })
  @IsString()
  @Length(3, 500)
  @IsSafeText()
  reason: string;
}

export class RollbackDecisionTableDto {
  @ApiProperty({ type: 'integer', minimum: 1, description: 'The version whose content becomes the next version' })
  @IsInt()
  @Min(1)
  toVersion: number;

  @ApiProperty({ example: 'Version 3 refers too many salaried applicants', minLength: 3, maxLength: 500 })
  @IsString()
  @Length(3, 500)
  @IsSafeText()
  reason: string;
}

export class SimulateDecisionTableDto {
  @ApiProperty(CONTENT)
  @IsObject()
  content: Record<string, unknown>;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: MAX_SIMULATED_APPLICATIONS, description: 'How many recently decided applications' })
  @IsInt()
  @Min(1)
  @Max(MAX_SIMULATED_APPLICATIONS)
  lastN: number;
}

export class DecisionTableDiffQuery {
  @ApiProperty({ type: 'integer', minimum: 1 }) @Type(() => Number) @IsInt() @Min(1) from: number;
  @ApiProperty({ type: 'integer', minimum: 1 }) @Type(() => Number) @IsInt() @Min(1) to: number;
}
