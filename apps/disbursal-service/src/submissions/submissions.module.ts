import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConnectionsModule } from '../connections/connections.module.js';
import { AcceptedOffersClient } from './accepted-offers.client.js';
import { AcceptanceConfirmer } from './acceptance-confirmer.js';
import { DecisionSlaSweeper } from './decision-sla.sweeper.js';
import { DecisionSlaTracker } from './decision-sla.tracker.js';
import { PartnerSubmissionEntity } from './partner-submission.entity.js';
import { DecisionNewsReporter } from './decision-poll/decision-news.reporter.js';
import { DecisionPollsRepository } from './decision-poll/decision-polls.repository.js';
import { DecisionReconciler } from './decision-poll/decision-reconciler.js';
import { PartnerDecisionPollEntity } from './decision-poll/partner-decision-poll.entity.js';
import { PartnerSubmissionsRepository } from './partner-submissions.repository.js';
import { PartnerWebhooksController } from './partner-webhooks.controller.js';
import { SubmissionCommandsController } from './submission-commands.controller.js';
import { SubmitToPartnerHandler } from './submit-to-partner.handler.js';
import { VerifyPartnerWebhookUseCase } from './verify-partner-webhook.usecase.js';

/**
 * The lender relationship after our approval: the application sent to the lender of its accepted offer (terms asked
 * of offer-service), the acceptance confirmed, the lender's webhooks checked and read, its decision polled for when
 * none came, and its decision SLA tracked.
 */
@Module({
  imports: [TypeOrmModule.forFeature([PartnerSubmissionEntity, PartnerDecisionPollEntity]), ConnectionsModule],
  controllers: [SubmissionCommandsController, PartnerWebhooksController],
  providers: [
    PartnerSubmissionsRepository,
    AcceptedOffersClient,
    SubmitToPartnerHandler,
    VerifyPartnerWebhookUseCase,
    DecisionSlaTracker,
    DecisionSlaSweeper,
    AcceptanceConfirmer,
    DecisionPollsRepository,
    DecisionNewsReporter,
    DecisionReconciler,
  ],
})
export class SubmissionsModule {}
