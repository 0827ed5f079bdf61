import { ApiProperty } from '@nestjs/swagger';
import { IsSafeText, KycReviewDecision, KycReviewReasonCode } from '@los/contracts';
import { IsEnum, IsString, Length, Matches } from 'class-validator';

export class ResolveKycReviewDto {
  @ApiProperty({ enum: KycReviewDecision }) @IsEnum(KycReviewDecision) decision: KycReviewDecision;
  @ApiProperty({ enum: KycReviewReasonCode, description: 'One of the codes of the decision' })
  @IsEnum(KycReviewReasonCode)
  reasonCode: KycReviewReasonCode;
  @ApiProperty({ minLength: 1, maxLength: 1000, description: 'What the reviewer saw; kept with the resolution' })
  @IsString()
  @Length(1, 1000)
  @Matches(/\S/, { message: 'note must not be blank' })
  @IsSafeText()
  note: string;
}
