import type { PartnerStatus } from '@los/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The accepted application as sent to its lender: our request id (the lender dedupes on it) and the lender's reference. */
@Entity('partner_submissions')
export class PartnerSubmissionEntity {
  @PrimaryColumn('char', { length: 36, name: 'application_id' }) applicationId: string;
  @Column('char', { length: 36, name: 'offer_id' }) offerId: string;
  @Column('varchar', { length: 32, name: 'partner_code' }) partnerCode: string;
  /** The lender's quote of the accepted offer (offer-service's), which the acceptance confirmation names. */
  @Column('varchar', { length: 100, name: 'partner_quote_id', nullable: true }) partnerQuoteId: string | null;
  @Column('varchar', { length: 64, name: 'request_id' }) requestId: string;
  @Column('varchar', { length: 100, name: 'partner_reference', nullable: true }) partnerReference: string | null;
  @Column('varchar', { length: 32, name: 'partner_status', nullable: true }) partnerStatus: PartnerStatus | null;
  @Column('varchar', { length: 64, name: 'failure_code', nullable: true }) failureCode: string | null;
  /** When the lender approved or rejected (by its own clock for webhooks, ours for answers). */
  @Column('datetime', { precision: 3, name: 'decided_at', nullable: true }) decidedAt: Date | null;
  /** When the lender took the borrower's acceptance of its approved offer. */
  @Column('datetime', { precision: 3, name: 'confirmed_at', nullable: true }) confirmedAt: Date | null;
  /** Set once a breach of the decision SLA is recorded, so it is recorded once. */
  @Column('boolean', { name: 'decision_sla_breached', default: false }) decisionSlaBreached: boolean;
  @Column('datetime', { precision: 3, name: 'created_at' }) createdAt: Date;
  @Column('datetime', { precision: 3, name: 'updated_at' }) updatedAt: Date;
}
