import { ApiProperty } from '@nestjs/swagger';
import { ErrorCode, isSafeText } from '@los/contracts';
import { IsIn, IsString, Length, Matches, ValidateBy } from 'class-validator';

export const BANK_ACCOUNT_REVIEW_DECISIONS = ['APPROVE', 'REJECT'] as const;
export type BankAccountReviewDecision = (typeof BANK_ACCOUNT_REVIEW_DECISIONS)[number];

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

export class ResolveBankAccountReviewDto {
  @ApiProperty({ enum: BANK_ACCOUNT_REVIEW_DECISIONS, description: 'APPROVE makes the account VERIFIED, REJECT makes it REJECTED' })
  @IsIn(BANK_ACCOUNT_REVIEW_DECISIONS)
  decision: BankAccountReviewDecision;
  @ApiProperty({ minLength: 1, maxLength: 1000, description: 'What the reviewer checked; kept with the account' })
  @IsString()
  @Length(1, 1000)
  @Matches(/\S/, { message: 'note must not be blank' })
  @IsSafeNote()
  note: string;
}
