import { ApiProperty } from '@nestjs/swagger';
import { IsSafeText } from '@los/contracts';
import { Type } from 'class-transformer';
import { IsInt, IsObject, IsString, Length, Min } from 'class-validator';

export class PublishPartnerRulesDto {
  @ApiProperty({
    description: 'The complete rule set; the offer service validates it (INVALID_RULES)',
    type: 'object',
    additionalProperties: true,
  })
  @IsObject()
  rules: Record<string, unknown>;

  @ApiProperty({ example: 'Raise the prime band rate by 25 bp after the RBI repo change' })
  @IsString()
  @Length(3, 500)
  @IsSafeText()
  reason: string;
}

export class RulesDiffQuery {
  @ApiProperty({ type: 'integer', minimum: 1 }) @Type(() => Number) @IsInt() @Min(1) from: number;
  @ApiProperty({ type: 'integer', minimum: 1 }) @Type(() => Number) @IsInt() @Min(1) to: number;
}
