import { DisbursalNewsRouter } from './disbursal-news.router.js';
import { Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { keepRawBodyUnder } from '@los/common';
import type { FastifyInstance } from 'fastify';
import { ApplicationsModule } from '../applications/applications.module.js';
import { PartnerEventEntity } from './partner-event.entity.js';
import { PartnerEventsService } from './partner-events.service.js';
import { PartnerStatusApplier } from './partner-status.applier.js';
import { PartnerSubmissionHandler } from './partner-submission.handler.js';
import { SubmitToPartnerFailedHandler } from './submit-to-partner-failed.handler.js';
import { PARTNER_WEBHOOKS_PREFIX, PartnerWebhooksController } from './partner-webhooks.controller.js';

/** What lenders tell us after submission: the submission's result, then their webhooks and callbacks. */
@Module({
  imports: [ApplicationsModule, TypeOrmModule.forFeature([PartnerEventEntity])],
  controllers: [PartnerWebhooksController],
  providers: [DisbursalNewsRouter, PartnerEventsService, PartnerStatusApplier, PartnerSubmissionHandler, SubmitToPartnerFailedHandler],
})
export class PartnerEventsModule implements OnModuleInit {
  constructor(private readonly host: HttpAdapterHost) {}

  onModuleInit(): void {
    keepRawBodyUnder(this.host.httpAdapter.getInstance<FastifyInstance>(), PARTNER_WEBHOOKS_PREFIX);
  }
}
