import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApplicationExtra, ApplicationExtraSchema } from './application-extra.schema.js';
import { ApplicationExtrasRepository } from './application-extras.repository.js';
import { ApplicationReadsRepository } from './application-reads.repository.js';
import { ApplicationEntity } from './application.entity.js';
import { ApplicationsController } from './applications.controller.js';
import { ApplicationsService } from './applications.service.js';
import { ChannelPartners } from './channel-partners.service.js';
import { ApplicationAttention } from './attention/application-attention.service.js';
import { AttentionItemEntity } from './attention/attention-item.entity.js';
import { ApplicationEventEntity } from './events/application-event.entity.js';
import { ApplicationEventLog } from './events/application-event-log.service.js';
import { AfterCommit } from './lifecycle/after-commit.js';
import { ApplicationLifecycle } from './lifecycle/application-lifecycle.service.js';
import { ApplicationStatusLogEntity } from './lifecycle/application-status-log.entity.js';
import { ApprovalTimer } from './lifecycle/approval-timer.js';
import { ComputeOffersTrigger } from './lifecycle/compute-offers.trigger.js';
import { StatusEntryHooks } from './lifecycle/status-entry.hooks.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([ApplicationEntity, ApplicationStatusLogEntity, AttentionItemEntity, ApplicationEventEntity]),
    MongooseModule.forFeature([{ name: ApplicationExtra.name, schema: ApplicationExtraSchema }]),
  ],
  controllers: [ApplicationsController],
  providers: [
    ApplicationsService,
    ChannelPartners,
    ApplicationExtrasRepository,
    ApplicationReadsRepository,
    ApplicationLifecycle,
    ApplicationAttention,
    AfterCommit,
    ApprovalTimer,
    ComputeOffersTrigger,
    StatusEntryHooks,
    ApplicationEventLog,
  ],
  exports: [
    ApplicationsService,
    ApplicationLifecycle,
    ApplicationAttention,
    StatusEntryHooks,
    AfterCommit,
    ApplicationEventLog,
    ChannelPartners,
  ],
})
export class ApplicationsModule {}
