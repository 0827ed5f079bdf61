import { Column, Entity, PrimaryColumn } from 'typeorm';

export enum DeliveryStatus {
  /** Stored while the verifier was unreachable; verified by the delivery sweeper. */
  Pending = 'PENDING',
  /** Verified and its events applied (or found to be duplicates). */
  Applied = 'APPLIED',
  /** The verifier refused it (signature, body, stale event): kept for ops, never applied. */
  Rejected = 'REJECTED',
}

/** A lender webhook as received, kept durably until disbursal-service can check its signature. */
@Entity('partner_webhook_deliveries')
export class PartnerWebhookDeliveryEntity {
  @PrimaryColumn('char', { length: 36 }) id: string;
  @Column('varchar', { length: 32, name: 'partner_code' }) partnerCode: string;
  /** Only the headers a lender's signature scheme reads (see `signatureHeadersOf`). */
  @Column('json') headers: Record<string, string>;
  @Column('mediumblob', { name: 'raw_body' }) rawBody: Buffer;
  @Column('varchar', { length: 128, name: 'correlation_id' }) correlationId: string;
  @Column('varchar', { length: 16 }) status: DeliveryStatus;
  @Column('int') attempts: number;
  /** The sweeper pass that holds the row until `nextAttemptAt`; a crashed holder's rows come due again. */
  @Column('char', { length: 36, name: 'claim_token', nullable: true }) claimToken: string | null;
  @Column('datetime', { precision: 3, name: 'next_attempt_at' }) nextAttemptAt: Date;
  @Column('datetime', { precision: 3, name: 'received_at' }) receivedAt: Date;
  @Column('datetime', { precision: 3, name: 'completed_at', nullable: true }) completedAt: Date | null;
  @Column('varchar', { length: 64, name: 'failure_code', nullable: true }) failureCode: string | null;
  @Column('int', { name: 'events_received', nullable: true }) eventsReceived: number | null;
}
