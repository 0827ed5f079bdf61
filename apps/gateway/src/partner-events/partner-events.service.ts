import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { affectedRows, AppException, parseMessage, withDeadlockRetry } from '@los/common';
import { ErrorCode, PartnerEventView, type PartnerStatus } from '@los/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { ApplicationEntity } from '../applications/application.entity.js';
import { PartnerEventEntity, PartnerEventOutcome } from './partner-event.entity.js';
import { PartnerStatusApplier } from './partner-status.applier.js';

export interface WebhookReceipt {
  received: number;
  duplicates: number;
}

export interface PartnerLink {
  applicationId: string;
  partnerCode: string;
  partnerReference: string;
  partnerStatus: PartnerStatus;
}

/**
 * Lender events, each applied once: the event's key row, the application's move and the lender's status commit
 * together before the lender hears 2xx. The application row is locked first (a gap lock when its reference is not
 * linked yet), so an event and the link of its reference never miss each other.
 */
@Injectable()
export class PartnerEventsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly applier: PartnerStatusApplier,
  ) {}

  async receive(partnerCode: string, events: PartnerEventView[]): Promise<WebhookReceipt> {
    // disbursal-service validated them; checked again here, as nothing unchecked is written to the event key table.
    const inOrder = events
      .map((event) => parseMessage(PartnerEventView, event))
      .sort((a, b) => Date.parse(a.occurredAt) - Date.parse(b.occurredAt));
    // Two replicas taking news for one application at once: the loser of a deadlock runs again from the start.
    return withDeadlockRetry(() =>
      this.dataSource.transaction(async (manager) => {
        let duplicates = 0;
        for (const event of inOrder) {
          if (!(await this.receiveOne(manager, partnerCode, event))) duplicates += 1;
        }
        return { received: events.length, duplicates };
      }),
    );
  }

  /** Inside the transaction that records the submission: links the reference, applies its status and any early events. */
  async link(manager: EntityManager, link: PartnerLink): Promise<void> {
    const application = await manager.findOne(ApplicationEntity, {
      where: { id: link.applicationId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!application) throw new AppException(ErrorCode.NotFound, 'Application not found');
    await manager.update(
      ApplicationEntity,
      { id: application.id },
      { partnerCode: link.partnerCode, partnerReference: link.partnerReference },
    );
    Object.assign(application, { partnerCode: link.partnerCode, partnerReference: link.partnerReference });
    await this.applier.apply(manager, application, {
      status: link.partnerStatus,
      reason: `submitted to ${link.partnerCode} as ${link.partnerReference}`,
    });
    const early = await manager.find(PartnerEventEntity, {
      where: { partnerCode: link.partnerCode, partnerReference: link.partnerReference, outcome: PartnerEventOutcome.Pending },
      order: { occurredAt: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
    for (const event of early) await this.applyTo(manager, application, event);
  }

  /** False when this event was received before. */
  private async receiveOne(manager: EntityManager, partnerCode: string, view: PartnerEventView): Promise<boolean> {
    const application = await manager.findOne(ApplicationEntity, {
      where: { partnerCode, partnerReference: view.partnerReference },
      lock: { mode: 'pessimistic_write' },
    });
    const event: PartnerEventEntity = {
      partnerCode,
      eventId: view.eventId,
      partnerReference: view.partnerReference,
      status: view.status,
      occurredAt: new Date(view.occurredAt),
      receivedAt: new Date(),
      applicationId: null,
      outcome: PartnerEventOutcome.Pending,
    };
    const inserted = await manager.createQueryBuilder().insert().into(PartnerEventEntity).orIgnore().values(event).execute();
    if (affectedRows(inserted.raw) !== 1) return false;
    if (application) await this.applyTo(manager, application, event);
    return true;
  }

  private async applyTo(manager: EntityManager, application: ApplicationEntity, event: PartnerEventEntity): Promise<void> {
    const outcome = await this.applier.apply(manager, application, {
      status: event.status,
      reason: `${event.partnerCode} event ${event.eventId}`,
    });
    await manager.update(
      PartnerEventEntity,
      { partnerCode: event.partnerCode, eventId: event.eventId },
      { outcome, applicationId: application.id },
    );
  }
}
