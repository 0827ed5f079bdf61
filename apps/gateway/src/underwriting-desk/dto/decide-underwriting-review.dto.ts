import { ApiProperty } from '@nestjs/swagger';
import { UnderwritingReviewDecision, UnderwritingReviewReasonCode } from '@los/contracts';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsEnum } from 'class-validator';
import { ReviewerNote } from '../../common/reviewer-note.decorator.js';

export class DecideUnderwritingReviewDto {
  @ApiProperty({ enum: UnderwritingReviewDecision }) @IsEnum(UnderwritingReviewDecision) decision: UnderwritingReviewDecision;
  @ApiProperty({
    enum: UnderwritingReviewReasonCode,
    isArray: true,
    minItems: 1,
    maxItems: 5,
    description: "Codes of the decision; a rejection's codes are the reasons given to the borrower",
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @ArrayUnique()
  @IsEnum(UnderwritingReviewReasonCode, { each: true })
  reasonCodes: UnderwritingReviewReasonCode[];
  @ReviewerNote('What the underwriter weighed; kept in the audit')
  note: string;
}
