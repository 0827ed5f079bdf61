import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum KycReviewAction {
  Claimed = 'CLAIMED',
  Resolved = 'RESOLVED',
  /** A later automatic result (a re-drive) settled the review before anyone resolved it. */
  ClosedAutomatically = 'CLOSED_AUTOMATICALLY',
}

/** Append-only: every claim and resolution of a KYC review, written in the transaction that makes it. */
@Entity('kyc_review_audit')
@Index('idx_kyc_review_audit_application', ['applicationId', 'id'])
export class KycReviewAuditEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column('char', { length: 36, name: 'kyc_id' }) kycId: string;
  @Column('char', { length: 36, name: 'application_id' }) applicationId: string;
  @Column('varchar', { length: 24 }) action: KycReviewAction;
  @Column('varchar', { length: 80 }) actor: string;
  /** Decision and reason code of a resolution, the claim's expiry of a claim, the result of an automatic close. */
  @Column('varchar', { length: 200, nullable: true }) detail: string | null;
  @Column('datetime', { precision: 3 }) at: Date;
}
