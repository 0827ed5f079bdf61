import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Event ids already applied here; inserted in the same transaction as the event's effect. */
@Entity('processed_events')
export class ProcessedEventEntity {
  @PrimaryColumn('varchar', { length: 160, name: 'event_id' })
  eventId: string;

  @Column('char', { length: 36, name: 'command_id' })
  commandId: string;

  @Column('varchar', { length: 80 })
  type: string;

  @Column('datetime', { precision: 3, name: 'processed_at' })
  processedAt: Date;
}
