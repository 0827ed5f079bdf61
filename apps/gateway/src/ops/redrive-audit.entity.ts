import { ApplicationStatus } from '@los/contracts';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Who re-drove which application's pending command, and when; written with the claim of the re-drive. */
@Entity('application_redrives')
@Index('idx_redrives_application', ['applicationId', 'id'])
export class RedriveAuditEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column('char', { length: 36, name: 'application_id' }) applicationId: string;
  @Column('varchar', { length: 32 }) status: ApplicationStatus;
  @Column('char', { length: 36, name: 'command_id' }) commandId: string;
  @Column('varchar', { length: 80 }) pattern: string;
  @Column('int') attempt: number;
  @Column('varchar', { length: 80 }) actor: string;
  @Column('datetime', { precision: 3 }) at: Date;
}
