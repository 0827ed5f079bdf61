import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { BANK_ACCOUNT_STATUSES, MATCH_DECISIONS, type BankAccountStatus, type MatchDecision } from '@los/contracts';
import type { ApplicationBankAccountEntity } from './application-bank-account.entity.js';

export class BankNameMatchView {
  @ApiProperty({ enum: MATCH_DECISIONS }) decision: MatchDecision;
  @ApiProperty({ minimum: 0, maximum: 100, description: "How close the bank's name for the account is to the KYC name" }) score: number;
}

/** The application's payout account; the number never appears, only its last 4 digits. */
export class BankAccountView {
  @ApiProperty({ example: 'HDFC0000001' }) ifsc: string;
  @ApiProperty({ type: String, nullable: true, example: 'HDFC Bank' }) bankName: string | null;
  @ApiProperty({ example: '6789' }) accountLast4: string;
  @ApiProperty({ example: 'Asha Verma' }) holderName: string;
  @ApiProperty({ enum: BANK_ACCOUNT_STATUSES, description: 'PENDING until the penny drop and the name match finish' })
  status: BankAccountStatus;
  @ApiPropertyOptional({ example: 'NAME_MISMATCH', description: 'Why the account is in REVIEW or REJECTED' }) reason?: string;
  @ApiPropertyOptional({ type: BankNameMatchView }) nameMatch?: BankNameMatchView;
  @ApiPropertyOptional({ format: 'date-time' }) verifiedAt?: string;
}

export function toBankAccountView(row: ApplicationBankAccountEntity): BankAccountView {
  return {
    ifsc: row.ifsc,
    bankName: row.bankName,
    accountLast4: row.accountLast4,
    holderName: row.holderName,
    status: row.status,
    ...(row.reason ? { reason: row.reason } : {}),
    ...(row.nameMatchDecision && row.nameMatchScore !== null
      ? { nameMatch: { decision: row.nameMatchDecision, score: row.nameMatchScore } }
      : {}),
    ...(row.verifiedAt ? { verifiedAt: row.verifiedAt.toISOString() } : {}),
  };
}
