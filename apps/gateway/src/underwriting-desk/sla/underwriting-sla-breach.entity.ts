import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An application in MANUAL_REVIEW found near or past its review deadline: one row per application, whichever replica saw it. */
@Entity('underwriting_sla_breaches')
export class UnderwritingSlaBreachEntity {
  @PrimaryColumn('char', { length: 36, name: 'application_id' }) applicationId: string;
  @Column('datetime', { precision: 3, name: 'deadline_at' }) deadlineAt: Date;
  /** Already past the deadline when found (else within the margin before it). */
  @Column('boolean') overdue: boolean;
  @Column('datetime', { precision: 3, name: 'detected_at' }) detectedAt: Date;
}
