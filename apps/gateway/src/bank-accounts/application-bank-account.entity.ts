import type { BankAccountStatus, MatchDecision } from '@los/contracts';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The bank account an application pays out to and its verification state: one per application, replaced while
 * it may change. The number itself lives encrypted in disbursal-service, found by `accountId`.
 */
@Entity('application_bank_accounts')
@Index('idx_application_bank_accounts_command', ['commandId'])
export class ApplicationBankAccountEntity {
  @PrimaryColumn('char', { length: 36, name: 'application_id' }) applicationId: string;
  @Column('char', { length: 36, name: 'account_id' }) accountId: string;
  @Column('char', { length: 11 }) ifsc: string;
  @Column('varchar', { length: 100, name: 'bank_name', nullable: true }) bankName: string | null;
  @Column('char', { length: 4, name: 'account_last4' }) accountLast4: string;
  @Column('varchar', { length: 100, name: 'holder_name' }) holderName: string;
  @Column('varchar', { length: 16 }) status: BankAccountStatus;
  @Column('varchar', { length: 200, nullable: true }) reason: string | null;
  @Column('varchar', { length: 16, name: 'name_match_decision', nullable: true }) nameMatchDecision: MatchDecision | null;
  @Column('int', { name: 'name_match_score', nullable: true }) nameMatchScore: number | null;
  /** The verify command of this account: a late result of a replaced account's command matches no row. */
  @Column('char', { length: 36, name: 'command_id' }) commandId: string;
  @Column('char', { length: 36, name: 'added_by' }) addedBy: string;
  @Column('datetime', { precision: 3, name: 'created_at' }) createdAt: Date;
  @Column('datetime', { precision: 3, name: 'updated_at' }) updatedAt: Date;
  @Column('datetime', { precision: 3, name: 'verified_at', nullable: true }) verifiedAt: Date | null;
  /** Who resolved a REVIEW, and why: the account then reads VERIFIED or REJECTED like an automatic result. */
  @Column('char', { length: 36, name: 'reviewed_by', nullable: true }) reviewedBy: string | null;
  @Column('varchar', { length: 1000, name: 'review_note', nullable: true }) reviewNote: string | null;
}
