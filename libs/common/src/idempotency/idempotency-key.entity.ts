import { Column, Entity, PrimaryColumn } from 'typeorm';

export enum IdempotencyStatus {
  InProgress = 'IN_PROGRESS',
  /** The effect committed (in the same transaction as this status) but the response is not stored yet. */
  Committed = 'COMMITTED',
  Completed = 'COMPLETED',
}

/** The first response to an `Idempotency-Key`, kept so a retry gets the same answer. */
@Entity('idempotency_keys')
export class IdempotencyKeyEntity {
  @PrimaryColumn('varchar', { length: 80 })
  scope: string;

  @PrimaryColumn('varchar', { length: 100, name: 'idem_key' })
  key: string;

  @Column('char', { length: 64, name: 'request_hash' })
  requestHash: string;

  @Column('varchar', { length: 16 })
  status: IdempotencyStatus;

  @Column('int', { name: 'response_status', nullable: true })
  responseStatus: number | null;

  @Column('json', { name: 'response_body', nullable: true })
  responseBody: object | null;

  @Column('datetime', { precision: 3, name: 'created_at' })
  createdAt: Date;

  @Column('datetime', { precision: 3, name: 'expires_at' })
  expiresAt: Date;

  /** The claim running the request; its lease is renewed while it runs, so a dead holder is noticed in seconds. */
  @Column('char', { length: 36, nullable: true })
  holder: string | null;

  @Column('datetime', { precision: 3, name: 'lease_until', nullable: true })
  leaseUntil: Date | null;
}
