import type { BankVerificationResult, MatchDecision } from '@los/contracts';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A borrower's bank account: the number only as AES-256-GCM ciphertext (its last 4 digits in clear), and the
 * outcome of its one verification, stored once so a re-run command reports it again without a second penny drop.
 */
@Entity('bank_accounts')
@Index('idx_bank_accounts_application', ['applicationId'])
export class BankAccountEntity {
  @PrimaryColumn('char', { length: 36 }) id: string;
  @Column('char', { length: 36, name: 'application_id' }) applicationId: string;
  @Column('char', { length: 11 }) ifsc: string;
  @Column('char', { length: 4, name: 'account_last4' }) accountLast4: string;
  @Column('varchar', { length: 100, name: 'holder_name' }) holderName: string;
  @Column('varchar', { length: 32, name: 'key_id' }) keyId: string;
  @Column('varchar', { length: 32 }) iv: string;
  @Column('varchar', { length: 64 }) ciphertext: string;
  @Column('varchar', { length: 32 }) tag: string;
  @Column('datetime', { precision: 3, name: 'created_at' }) createdAt: Date;
  @Column('varchar', { length: 16, name: 'verification_status', nullable: true }) verificationStatus: BankVerificationResult | null;
  @Column('varchar', { length: 200, name: 'verification_reason', nullable: true }) verificationReason: string | null;
  /** The name the beneficiary bank answered for the account, kept as evidence for a reviewer. */
  @Column('varchar', { length: 100, name: 'registered_name', nullable: true }) registeredName: string | null;
  @Column('varchar', { length: 16, name: 'name_match_decision', nullable: true }) nameMatchDecision: MatchDecision | null;
  @Column('int', { name: 'name_match_score', nullable: true }) nameMatchScore: number | null;
  @Column('varchar', { length: 32, name: 'bank_reference', nullable: true }) bankReference: string | null;
  @Column('datetime', { precision: 3, name: 'verified_at', nullable: true }) verifiedAt: Date | null;
}
