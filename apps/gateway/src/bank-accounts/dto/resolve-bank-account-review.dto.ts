import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { ReviewerNote } from '../../common/reviewer-note.decorator.js';

export const BANK_ACCOUNT_REVIEW_DECISIONS = ['APPROVE', 'REJECT'] as const;
export type BankAccountReviewDecision = (typeof BANK_ACCOUNT_REVIEW_DECISIONS)[number];

export class ResolveBankAccountReviewDto {
  @ApiProperty({ enum: BANK_ACCOUNT_REVIEW_DECISIONS, description: 'APPROVE makes the account VERIFIED, REJECT makes it REJECTED' })
  @IsIn(BANK_ACCOUNT_REVIEW_DECISIONS)
  decision: BankAccountReviewDecision;
  @ReviewerNote('What the reviewer checked; kept with the account')
  note: string;
}
