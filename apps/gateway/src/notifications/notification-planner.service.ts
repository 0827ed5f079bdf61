import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ApplicationEntity } from '../applications/application.entity.js';
import { ApplicationEventLog, type RecordedEvent } from '../applications/events/application-event-log.service.js';
import { ApplicationEventType } from '../applications/events/application-event-type.js';
import { NotificationDeliveriesRepository } from './notification-deliveries.repository.js';
import { NotificationChannel } from './notification-delivery.entity.js';
import { MILESTONE_TEMPLATES } from './templates/notification-templates.js';

/**
 * Turns a milestone event into its deliveries (an email and an SMS to the applicant) in the event's own transaction:
 * a committed milestone always has its messages planned, a rolled-back one never does. Planning twice adds nothing.
 */
@Injectable()
export class NotificationPlanner implements OnModuleInit {
  constructor(
    private readonly events: ApplicationEventLog,
    private readonly deliveries: NotificationDeliveriesRepository,
  ) {}

  onModuleInit(): void {
    this.events.listen((manager, event) => this.plan(manager, event));
  }

  async plan(manager: EntityManager, event: RecordedEvent): Promise<void> {
    const templateId = event.type === ApplicationEventType.StatusChanged ? MILESTONE_TEMPLATES[event.to] : undefined;
    if (!templateId) return;
    const contact =
      event.contact ??
      (await manager.findOne(ApplicationEntity, {
        where: { id: event.applicationId },
        select: { id: true, email: true, mobile: true },
      }));
    if (!contact) return;
    await this.deliveries.plan(manager, event, templateId, [
      { channel: NotificationChannel.Email, recipient: contact.email },
      { channel: NotificationChannel.Sms, recipient: contact.mobile },
    ]);
  }
}
