import { KycReviewDecision, KycReviewReasonCode } from '@los/contracts';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The review of one KYC attempt left in REVIEW: who holds it and until when, then how it ended: by a
 * person's decision, or closed by a later automatic result (a re-driven source answered).
 */
@Entity('kyc_reviews')
@Index('idx_kyc_reviews_application', ['applicationId'])
export class KycReviewEntity {
  @PrimaryColumn('char', { length: 36, name: 'kyc_id' }) kycId: string;
  @Column('char', { length: 36, name: 'application_id' }) applicationId: string;
  @Column('char', { length: 36, name: 'claimed_by', nullable: true }) claimedBy: string | null;
  @Column('datetime', { precision: 3, name: 'claim_expires_at', nullable: true }) claimExpiresAt: Date | null;
  @Column('varchar', { length: 16, nullable: true }) decision: KycReviewDecision | null;
  @Column('varchar', { length: 40, name: 'reason_code', nullable: true }) reasonCode: KycReviewReasonCode | null;
  @Column('varchar', { length: 1000, nullable: true }) note: string | null;
  @Column('varchar', { length: 80, name: 'resolved_by', nullable: true }) resolvedBy: string | null;
  @Column('datetime', { precision: 3, name: 'resolved_at', nullable: true }) resolvedAt: Date | null;
  @Column('datetime', { precision: 3, name: 'created_at' }) createdAt: Date;
}
