import { ApiProperty } from '@nestjs/swagger';
import { ErrorCode, isSafeText, UnderwritingReviewDecision, UnderwritingReviewReasonCode } from '@los/contracts';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsEnum, IsString, Length, Matches, ValidateBy } from 'class-validator';

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
  @ApiProperty({ minLength: 1, maxLength: 1000, description: 'What the underwriter weighed; kept in the audit' })
  @IsString()
  @Length(1, 1000)
  @Matches(/\S/, { message: 'note must not be blank' })
  @IsSafeNote()
  note: string;
}
