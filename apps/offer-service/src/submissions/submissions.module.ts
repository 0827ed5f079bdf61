import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConnectionsModule } from '../connections/connections.module.js';
import { OffersModule } from '../offers/offers.module.js';
import { AcceptanceConfirmer } from './acceptance-confirmer.js';
import { DecisionSlaSweeper } from './decision-sla.sweeper.js';
import { DecisionSlaTracker } from './decision-sla.tracker.js';
import { PartnerSubmissionEntity } from './partner-submission.entity.js';
import { PartnerSubmissionsRepository } from './partner-submissions.repository.js';
import { PartnerWebhooksController } from './partner-webhooks.controller.js';
import { SubmissionCommandsController } from './submission-commands.controller.js';
import { SubmitToPartnerHandler } from './submit-to-partner.handler.js';
import { VerifyPartnerWebhookUseCase } from './verify-partner-webhook.usecase.js';

/** After acceptance: the application sent to its lender, and the lender's webhooks checked and read. */
@Module({
  imports: [TypeOrmModule.forFeature([PartnerSubmissionEntity]), OffersModule, ConnectionsModule],
  controllers: [SubmissionCommandsController, PartnerWebhooksController],
  providers: [
    PartnerSubmissionsRepository,
    SubmitToPartnerHandler,
    VerifyPartnerWebhookUseCase,
    DecisionSlaTracker,
    DecisionSlaSweeper,
    AcceptanceConfirmer,
  ],
})
export class SubmissionsModule {}
