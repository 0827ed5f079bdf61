import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Who did what to which record, written in the same transaction as the change itself. */
@Entity('audit_events')
@Index('idx_audit_events_entity', ['entityType', 'entityId', 'id'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id: string;
  @Column('varchar', { length: 80 }) actor: string;
  @Column('varchar', { length: 64 }) action: string;
  @Column('varchar', { length: 32, name: 'entity_type' }) entityType: string;
  @Column('varchar', { length: 64, name: 'entity_id' }) entityId: string;
  @Column('json') details: Record<string, unknown>;
  @Column('datetime', { precision: 3 }) at: Date;
}
