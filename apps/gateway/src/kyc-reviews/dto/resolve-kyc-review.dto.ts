import { ApiProperty } from '@nestjs/swagger';
import { KycReviewDecision, KycReviewReasonCode } from '@los/contracts';
import { IsEnum } from 'class-validator';
import { ReviewerNote } from '../../common/reviewer-note.decorator.js';

export class ResolveKycReviewDto {
  @ApiProperty({ enum: KycReviewDecision }) @IsEnum(KycReviewDecision) decision: KycReviewDecision;
  @ApiProperty({ enum: KycReviewReasonCode, description: 'One of the codes of the decision' })
  @IsEnum(KycReviewReasonCode)
  reasonCode: KycReviewReasonCode;
  @ReviewerNote('What the reviewer saw; kept with the resolution')
  note: string;
}
