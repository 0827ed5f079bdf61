import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsSafeDocument } from '@los/contracts';
import { Type } from 'class-transformer';
import { IsDefined, IsOptional, Matches, ValidateNested } from 'class-validator';
import { ApplicantDto } from './applicant.dto.js';
import { LoanRequestDto } from './loan-request.dto.js';

export const MAX_EXTRA_BYTES = 16 * 1024;

/** What a client may set. Status, decisions and sanctioned amounts are not here, and unknown fields are refused. */
export class CreateApplicationDto {
  @ApiProperty({ type: ApplicantDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => ApplicantDto)
  applicant: ApplicantDto;

  @ApiProperty({ type: LoanRequestDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => LoanRequestDto)
  loan: LoanRequestDto;

  @ApiPropertyOptional({ example: 'ACME_DSA', description: 'The channel partner that sourced the lead' })
  @IsOptional()
  @Matches(/^[A-Z0-9_]{2,32}$/)
  channelPartnerCode?: string;

  @ApiPropertyOptional({
    description: `Partner-specific fields, at most ${MAX_EXTRA_BYTES} bytes`,
    type: 'object',
    additionalProperties: true,
  })
  @IsOptional()
  @IsSafeDocument(MAX_EXTRA_BYTES)
  extra?: Record<string, unknown>;
}
