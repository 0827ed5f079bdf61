import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ApplicationEntity } from '../applications/application.entity.js';
import { ApplicationEventLog, type RecordedEvent } from '../applications/events/application-event-log.service.js';
import { WebhookDeliveriesRepository } from './webhook-deliveries.repository.js';
import { WebhookSubscriptionsRepository } from './webhook-subscriptions.repository.js';

/** Plans a delivery of each event of a channel partner's application to each of that partner's matching subscriptions. */
@Injectable()
export class WebhookPlanner implements OnModuleInit {
  constructor(
    private readonly events: ApplicationEventLog,
    private readonly subscriptions: WebhookSubscriptionsRepository,
    private readonly deliveries: WebhookDeliveriesRepository,
  ) {}

  onModuleInit(): void {
    this.events.listen((manager, event) => this.plan(manager, event));
  }

  async plan(manager: EntityManager, event: RecordedEvent): Promise<void> {
    const partnerCode =
      event.channelPartnerCode !== undefined ? event.channelPartnerCode : await this.partnerOf(manager, event.applicationId);
    if (!partnerCode) return;
    const subscriptions = await this.subscriptions.activeOf(manager, partnerCode);
    const matching = subscriptions.filter((subscription) => subscription.eventTypes.includes(event.type));
    await this.deliveries.plan(
      manager,
      event,
      matching.map((subscription) => subscription.id),
    );
  }

  private async partnerOf(manager: EntityManager, applicationId: string): Promise<string | null> {
    const application = await manager.findOne(ApplicationEntity, {
      where: { id: applicationId },
      select: { id: true, channelPartnerCode: true },
    });
    return application?.channelPartnerCode ?? null;
  }
}
