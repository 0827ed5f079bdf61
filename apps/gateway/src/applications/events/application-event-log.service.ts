import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
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
}

/** Writes application events inside the caller's transaction, and reads them back in id order. */
@Injectable()
export class ApplicationEventLog {
  constructor(@InjectRepository(ApplicationEventEntity) private readonly events: Repository<ApplicationEventEntity>) {}

  async statusChanged(manager: EntityManager, change: StatusChange): Promise<void> {
    await manager.insert(ApplicationEventEntity, {
      applicationId: change.applicationId,
      type: change.from === null ? ApplicationEventType.Created : ApplicationEventType.StatusChanged,
      fromStatus: change.from,
      toStatus: change.to,
      at: change.at,
      // No reason nor actor: they may be free text or name a person.
      payload: { version: change.version },
    });
  }

  /** Up to `limit` events of the application after `afterId` (exclusive), oldest first. */
  after(applicationId: string, afterId: string, limit: number): Promise<ApplicationEventEntity[]> {
    return this.events.find({ where: { applicationId, id: MoreThan(afterId) }, order: { id: 'ASC' }, take: limit });
  }
}
