import { Column, Entity, PrimaryColumn } from 'typeorm';

/** How often, and when last, the lender was asked for the decision on one submission, and what it said. */
@Entity('partner_decision_polls')
export class PartnerDecisionPollEntity {
  @PrimaryColumn('char', { length: 36, name: 'application_id' }) applicationId: string;
  @Column('int', { name: 'poll_count' }) pollCount: number;
  @Column('datetime', { precision: 3, name: 'last_polled_at', nullable: true }) lastPolledAt: Date | null;
  /** A replica claims a poll by moving this forward; the others then find it not due. */
  @Column('datetime', { precision: 3, name: 'next_poll_at' }) nextPollAt: Date;
  /** The lender's status, or the error code of the poll. */
  @Column('varchar', { length: 64, name: 'last_outcome', nullable: true }) lastOutcome: string | null;
}
