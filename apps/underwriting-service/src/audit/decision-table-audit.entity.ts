import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum DecisionTableAuditAction {
  Seeded = 'SEEDED',
  Published = 'PUBLISHED',
  RolledBack = 'ROLLED_BACK',
}

/** Who published which version of a decision table, why and when. One row per version (unique). */
@Entity('decision_table_audit_events')
@Index('uq_decision_table_audit_version', ['tableId', 'version'], { unique: true })
export class DecisionTableAuditEventEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id: string;
  @Column('varchar', { length: 100, name: 'table_id' }) tableId: string;
  @Column('int') version: number;
  @Column('int', { name: 'previous_version', nullable: true }) previousVersion: number | null;
  @Column('int', { name: 'rolled_back_from', nullable: true }) rolledBackFrom: number | null;
  @Column('varchar', { length: 32 }) action: DecisionTableAuditAction;
  @Column('varchar', { length: 80 }) actor: string;
  @Column('varchar', { length: 500 }) reason: string;
  @Column('datetime', { precision: 3 }) at: Date;
}
