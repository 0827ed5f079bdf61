import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum UnderwritingReviewAction {
  Claimed = 'CLAIMED',
  /** Maker-checker: the first approval of an amount above the threshold, waiting for a second underwriter. */
  MakerApproved = 'MAKER_APPROVED',
  Approved = 'APPROVED',
  Rejected = 'REJECTED',
}

/** Append-only: every claim and decision at the underwriting desk, written in the transaction that makes it. */
@Entity('underwriting_review_audit')
@Index('idx_underwriting_review_audit_application', ['applicationId', 'id'])
export class UnderwritingReviewAuditEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column('char', { length: 36, name: 'application_id' }) applicationId: string;
  @Column('varchar', { length: 24 }) action: UnderwritingReviewAction;
  @Column('varchar', { length: 80 }) actor: string;
  @Column('varchar', { length: 400, name: 'reason_codes', nullable: true }) reasonCodes: string | null;
  @Column('varchar', { length: 1000, nullable: true }) note: string | null;
  /** The claim's expiry of a claim; the maker of a checked approval. */
  @Column('varchar', { length: 200, nullable: true }) detail: string | null;
  @Column('datetime', { precision: 3 }) at: Date;
}
