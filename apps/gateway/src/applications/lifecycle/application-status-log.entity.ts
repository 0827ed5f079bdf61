import { ApplicationStatus } from '@los/contracts';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Append-only history of an application's status; written in the transaction that changes it. */
@Entity('application_status_log')
@Index('idx_status_log_application', ['applicationId', 'id'])
@Index('idx_status_log_to_status_at', ['toStatus', 'at'])
export class ApplicationStatusLogEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column('char', { length: 36, name: 'application_id' }) applicationId: string;
  @Column('varchar', { length: 32, name: 'from_status', nullable: true }) fromStatus: ApplicationStatus | null;
  @Column('varchar', { length: 32, name: 'to_status' }) toStatus: ApplicationStatus;
  @Column('varchar', { length: 80 }) actor: string;
  @Column('varchar', { length: 200, nullable: true }) reason: string | null;
  @Column('datetime', { precision: 3 }) at: Date;
}
