import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApplicationEntity } from '../applications/application.entity.js';
import { ApplicationsModule } from '../applications/applications.module.js';
import { ApplicationEventEntity } from '../applications/events/application-event.entity.js';
import { WebhookAttemptEntity } from './webhook-attempt.entity.js';
import { WebhookDeliveriesRepository } from './webhook-deliveries.repository.js';
import { WebhookDeliveryEntity } from './webhook-delivery.entity.js';
import { WebhookDispatcher } from './webhook-dispatcher.task.js';
import { WebhookPlanner } from './webhook-planner.service.js';
import { WebhookPoster } from './webhook-poster.js';
import { WebhookSubscriptionEntity } from './webhook-subscription.entity.js';
import { WebhookSubscriptionsController } from './webhook-subscriptions.controller.js';
import { WebhookSubscriptionsRepository } from './webhook-subscriptions.repository.js';
import { WebhookSubscriptions } from './webhook-subscriptions.service.js';

/** Application events pushed to channel partners' endpoints, from the event log. */
@Module({
  imports: [
    ApplicationsModule,
    TypeOrmModule.forFeature([
      WebhookSubscriptionEntity,
      WebhookDeliveryEntity,
      WebhookAttemptEntity,
      ApplicationEventEntity,
      ApplicationEntity,
    ]),
  ],
  controllers: [WebhookSubscriptionsController],
  providers: [
    WebhookSubscriptions,
    WebhookSubscriptionsRepository,
    WebhookDeliveriesRepository,
    WebhookPlanner,
    WebhookDispatcher,
    WebhookPoster,
  ],
})
export class WebhooksModule {}
