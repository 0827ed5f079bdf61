import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, FieldCipher, type GatewayConfig } from '@los/common';
import { ApplicationEntity } from '../applications/application.entity.js';
import { ApplicationsModule } from '../applications/applications.module.js';
import { ApplicationEventEntity } from '../applications/events/application-event.entity.js';
import { WebhookAttemptEntity } from './webhook-attempt.entity.js';
import { WebhookDeliveriesRepository } from './webhook-deliveries.repository.js';
import { WebhookDeliveryEntity } from './webhook-delivery.entity.js';
import { WebhookDispatcher } from './webhook-dispatcher.task.js';
import { WebhookPlanner } from './webhook-planner.service.js';
import { WebhookPoster } from './webhook-poster.js';
import { webhookSecretCipher, WebhookSecretVault } from './secret-vault/webhook-secret-vault.js';
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
    // Built at module init: a bad key setting stops the gateway before it serves or dispatches anything.
    { provide: FieldCipher, inject: [APP_CONFIG], useFactory: (config: GatewayConfig) => webhookSecretCipher(config) },
    WebhookSecretVault,
    WebhookSubscriptions,
    WebhookSubscriptionsRepository,
    WebhookDeliveriesRepository,
    WebhookPlanner,
    WebhookDispatcher,
    WebhookPoster,
  ],
})
export class WebhooksModule {}
