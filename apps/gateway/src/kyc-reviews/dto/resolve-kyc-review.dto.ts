import { ApiProperty } from '@nestjs/swagger';
import { ErrorCode, isSafeText, KycReviewDecision, KycReviewReasonCode } from '@los/contracts';
import { IsEnum, IsString, Length, Matches, ValidateBy } from 'class-validator';

/** IsSafeText for a note that is there: a missing note is VALIDATION_FAILED (IsString), not UNSAFE_TEXT. */
const IsSafeNote = () =>
  ValidateBy(
    {
      name: 'isSafeText',
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || isSafeText(value),
        defaultMessage: () => 'note must not contain control characters, line breaks or bidirectional overrides',
      },
    },
    { context: { code: ErrorCode.UnsafeText } },
  );

export class ResolveKycReviewDto {
  @ApiProperty({ enum: KycReviewDecision }) @IsEnum(KycReviewDecision) decision: KycReviewDecision;
  @ApiProperty({ enum: KycReviewReasonCode, description: 'One of the codes of the decision' })
  @IsEnum(KycReviewReasonCode)
  reasonCode: KycReviewReasonCode;
  @ApiProperty({ minLength: 1, maxLength: 1000, description: 'What the reviewer saw; kept with the resolution' })
  @IsString()
  @Length(1, 1000)
  @Matches(/\S/, { message: 'note must not be blank' })
  @IsSafeNote()
  note: string;
}
