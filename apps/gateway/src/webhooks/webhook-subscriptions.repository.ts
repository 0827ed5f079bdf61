import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { WebhookSubscriptionEntity } from './webhook-subscription.entity.js';

@Injectable()
export class WebhookSubscriptionsRepository {
  constructor(@InjectRepository(WebhookSubscriptionEntity) private readonly subscriptions: Repository<WebhookSubscriptionEntity>) {}

  async add(subscription: WebhookSubscriptionEntity): Promise<void> {
    await this.subscriptions.insert(subscription);
  }

  /** The partner's active subscriptions, read in the caller's transaction. */
  activeOf(manager: EntityManager, partnerCode: string): Promise<WebhookSubscriptionEntity[]> {
    return manager.findBy(WebhookSubscriptionEntity, { partnerCode, active: true });
  }

  ofPartner(partnerCode: string): Promise<WebhookSubscriptionEntity[]> {
    return this.subscriptions.find({ where: { partnerCode }, order: { createdAt: 'ASC' } });
  }

  findById(id: string): Promise<WebhookSubscriptionEntity | null> {
    return this.subscriptions.findOneBy({ id });
  }
}
