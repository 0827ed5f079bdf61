import { Column, Entity, PrimaryColumn } from 'typeorm';

export enum ProbeStatus {
  Requested = 'REQUESTED',
  Completed = 'COMPLETED',
  Failed = 'FAILED',
}

/** A synthetic round trip through kyc-service that proves the durable command path is alive. */
@Entity('probes')
export class ProbeEntity {
  @PrimaryColumn('char', { length: 36 })
  id: string;

  @Column('varchar', { length: 16 })
  status: ProbeStatus;

  @Column('char', { length: 36, name: 'command_id' })
  commandId: string;

  /** How many times a completion was applied; anything but 0 or 1 is a durability bug. */
  @Column('int', { name: 'applied_count', default: 0 })
  appliedCount: number;

  @Column('varchar', { length: 128, name: 'processed_by', nullable: true })
  processedBy: string | null;

  @Column('datetime', { precision: 3, name: 'created_at' })
  createdAt: Date;

  @Column('datetime', { precision: 3, name: 'completed_at', nullable: true })
  completedAt: Date | null;
}
