import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { lastInsertId, sqlBatch, type SqlStatement } from '@los/common';
import type { ApplicationStatus } from '@los/contracts';
import { MoreThan, type EntityManager, type Repository } from 'typeorm';
import { ApplicationEventEntity } from './application-event.entity.js';
import { ApplicationEventType } from './application-event-type.js';

export interface StatusChange {
  applicationId: string;
  from: ApplicationStatus | null;
  to: ApplicationStatus;
  at: Date;
  /** The application's version after the move. */
  version: number;
  /** The application's channel partner, when the caller holds the record: listeners then need not read it. */
  channelPartnerCode?: string | null;
  /** The applicant's contact, when the caller holds the record: notifications then need not read it. */
  contact?: { email: string; mobile: string };
}

export interface RecordedEvent extends StatusChange {
  id: string;
  type: ApplicationEventType;
}

/** Work done in the transaction that records an event (e.g. planning notifications): it commits or rolls back with it. */
export type ApplicationEventListener = (manager: EntityManager, event: RecordedEvent) => Promise<void>;

/** Writes application events inside the caller's transaction, tells its listeners there, and reads events back in id order. */
@Injectable()
export class ApplicationEventLog {
  private readonly listeners: ApplicationEventListener[] = [];

  constructor(@InjectRepository(ApplicationEventEntity) private readonly events: Repository<ApplicationEventEntity>) {}

  /** Called by features at module init; listeners run in registration order. */
  listen(listener: ApplicationEventListener): void {
    this.listeners.push(listener);
  }

  /**
   * Records the event, after `precededBy` (the move's other rows) in the same round trip, and tells the listeners.
   * The manager's connection must allow batches (see `sqlBatch`) when `precededBy` is not empty.
   */
  async statusChanged(manager: EntityManager, change: StatusChange, precededBy: SqlStatement[] = []): Promise<RecordedEvent> {
    const type = change.from === null ? ApplicationEventType.Created : ApplicationEventType.StatusChanged;
    // A raw insert: TypeORM's insert builder cost more CPU than the round trip. No reason nor actor in the payload:
    // they may be free text or name a person.
    const insertEvent = {
      sql: 'INSERT INTO application_events (application_id, type, from_status, to_status, at, payload) VALUES (?, ?, ?, ?, ?, ?)',
      values: [change.applicationId, type, change.from, change.to, change.at, JSON.stringify({ version: change.version })],
    };
    const { sql, values } = sqlBatch([...precededBy, insertEvent]);
    const event = { ...change, type, id: lastInsertId(await manager.query(sql, values)) };
    for (const listener of this.listeners) await listener(manager, event);
    return event;
  }

  /** Up to `limit` events of the application after `afterId` (exclusive), oldest first. */
  after(applicationId: string, afterId: string, limit: number): Promise<ApplicationEventEntity[]> {
    return this.events.find({ where: { applicationId, id: MoreThan(afterId) }, order: { id: 'ASC' }, take: limit });
  }
}
