import { Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { keepRawBodyUnder } from '@los/common';
import type { FastifyInstance } from 'fastify';
import { ApplicationsModule } from '../applications/applications.module.js';
import { DisbursalNewsRouter } from './disbursal-news.router.js';
import { PartnerEventEntity } from './partner-event.entity.js';
import { PartnerWebhookDeliveriesController } from './deliveries/partner-webhook-deliveries.controller.js';
import { PartnerWebhookDeliveriesRepository } from './deliveries/partner-webhook-deliveries.repository.js';
import { PartnerWebhookDeliveryEntity } from './deliveries/partner-webhook-delivery.entity.js';
import { PendingDeliveriesSweeper } from './deliveries/pending-deliveries.sweeper.js';
import { PartnerWebhookIntake } from './partner-webhook.intake.js';
import { ReceivePartnerWebhookUseCase } from './receive-partner-webhook.usecase.js';
import { PartnerEventsService } from './partner-events.service.js';
import { PartnerStatusApplier } from './partner-status.applier.js';
import { PartnerSubmissionHandler } from './partner-submission.handler.js';
import { SubmitToPartnerFailedHandler } from './submit-to-partner-failed.handler.js';
import { PARTNER_WEBHOOKS_PREFIX, PartnerWebhooksController } from './partner-webhooks.controller.js';

/** What lenders tell us after submission: the submission's result, then their webhooks and callbacks. */
@Module({
  imports: [ApplicationsModule, TypeOrmModule.forFeature([PartnerEventEntity, PartnerWebhookDeliveryEntity])],
  controllers: [PartnerWebhooksController, PartnerWebhookDeliveriesController],
  providers: [
    DisbursalNewsRouter,
    PartnerEventsService,
    PartnerStatusApplier,
    PartnerSubmissionHandler,
    SubmitToPartnerFailedHandler,
    PartnerWebhookIntake,
    ReceivePartnerWebhookUseCase,
    PartnerWebhookDeliveriesRepository,
    PendingDeliveriesSweeper,
  ],
})
export class PartnerEventsModule implements OnModuleInit {
  constructor(private readonly host: HttpAdapterHost) {}

  onModuleInit(): void {
    keepRawBodyUnder(this.host.httpAdapter.getInstance<FastifyInstance>(), PARTNER_WEBHOOKS_PREFIX);
  }
}
