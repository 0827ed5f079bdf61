import { UnderwritingReviewDecision } from '@los/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One stay of an application in MANUAL_REVIEW (an application referred again after a re-evaluation gets a new
 * row): who holds it and until when, a maker's approval waiting for its checker, then the decision that ended it.
 */
@Entity('underwriting_reviews')
export class UnderwritingReviewEntity {
  @PrimaryColumn('char', { length: 36, name: 'application_id' }) applicationId: string;
  @PrimaryColumn('datetime', { precision: 3, name: 'entered_review_at' }) enteredReviewAt: Date;
  @Column('char', { length: 36, name: 'claimed_by', nullable: true }) claimedBy: string | null;
  @Column('datetime', { precision: 3, name: 'claim_expires_at', nullable: true }) claimExpiresAt: Date | null;
  @Column('char', { length: 36, name: 'maker_id', nullable: true }) makerId: string | null;
  @Column('datetime', { precision: 3, name: 'maker_at', nullable: true }) makerAt: Date | null;
  @Column('varchar', { length: 1000, name: 'maker_note', nullable: true }) makerNote: string | null;
  @Column('varchar', { length: 400, name: 'maker_reason_codes', nullable: true }) makerReasonCodes: string | null;
  @Column('varchar', { length: 16, nullable: true }) decision: UnderwritingReviewDecision | null;
  @Column('varchar', { length: 400, name: 'reason_codes', nullable: true }) reasonCodes: string | null;
  @Column('varchar', { length: 1000, nullable: true }) note: string | null;
  @Column('varchar', { length: 80, name: 'resolved_by', nullable: true }) resolvedBy: string | null;
  @Column('datetime', { precision: 3, name: 'resolved_at', nullable: true }) resolvedAt: Date | null;
  @Column('datetime', { precision: 3, name: 'created_at' }) createdAt: Date;
}
