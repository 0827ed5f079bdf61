import { BullModule, getQueueToken } from '@nestjs/bull';
import { DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { eventsQueueOf, outboxQueueOf, workQueueOf } from '@los/contracts';
import type { Queue } from 'bull';
import { APP_CONFIG } from '../config/app-config.module.js';
import type { FeatureConfig } from '../config/load-config.js';
import { redisOptionsFromUrl } from '../config/redis-url.js';
import {
  DURABLE_OPTIONS,
  EVENTS_QUEUE,
  JITTERED_BACKOFF,
  jitteredBackoff,
  OUTBOX_QUEUE,
  REPORT_QUEUES,
  WORK_QUEUE,
} from './durable.constants.js';
import { DurableHandlersDiscovery } from './durable-handlers.discovery.js';
import { DurableHandlers } from './durable-handlers.registry.js';
import type { DurableOptions } from './durable.options.js';
import { DURABLE_ENTITIES } from './entities/durable-entities.js';
import { EventConsumerProcessor } from './events/event-consumer.processor.js';
import { FreshEnvelopes } from './fresh/fresh-envelopes.js';
import { CommandExecutionProcessor } from './inbox/command-execution.processor.js';
import { CommandInbox } from './inbox/command-inbox.service.js';
import { EventPublisher } from './inbox/event-publisher.service.js';
import { InboxSweeper } from './inbox/inbox-sweeper.service.js';
import { CommandOutbox } from './outbox/command-outbox.service.js';
import { OutboxDeliveryProcessor } from './outbox/outbox-delivery.processor.js';
import { OutboxSweeper } from './outbox/outbox-sweeper.service.js';
import { RpcClient } from './rpc/rpc-client.service.js';

/**
 * Commands recorded in MySQL, carried by Bull, applied once by primary key, and re-driven by
 * sweepers: push for speed, pull for correctness. Redis may lose everything without losing work.
 */
@Module({})
export class DurableModule {
  static forRoot(options: DurableOptions): DynamicModule {
    const { service, reportsTo } = options;
    const own = { outbox: outboxQueueOf(service), work: workQueueOf(service), events: eventsQueueOf(service) };
    const reportQueues = reportsTo.map(eventsQueueOf);
    const queueNames = [...new Set([...Object.values(own), ...reportQueues])];
    return {
      module: DurableModule,
      global: true,
      imports: [
        DiscoveryModule,
        BullModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: FeatureConfig<'redis'>) => ({
            redis: { ...redisOptionsFromUrl(config.REDIS_URL), maxRetriesPerRequest: null, enableReadyCheck: false },
            prefix: 'los',
            settings: { backoffStrategies: { [JITTERED_BACKOFF]: jitteredBackoff } },
          }),
        }),
        BullModule.registerQueue(...queueNames.map((name) => ({ name }))),
        TypeOrmModule.forFeature(DURABLE_ENTITIES),
      ],
      providers: [
        { provide: DURABLE_OPTIONS, useValue: options },
        { provide: DurableHandlers, useValue: new DurableHandlers() },
        { provide: FreshEnvelopes, useValue: new FreshEnvelopes() },
        DurableHandlersDiscovery,
        RpcClient,
        CommandOutbox,
        OutboxDeliveryProcessor,
        OutboxSweeper,
        CommandInbox,
        CommandExecutionProcessor,
        InboxSweeper,
        EventPublisher,
        EventConsumerProcessor,
        { provide: OUTBOX_QUEUE, useExisting: getQueueToken(own.outbox) },
        { provide: WORK_QUEUE, useExisting: getQueueToken(own.work) },
        { provide: EVENTS_QUEUE, useExisting: getQueueToken(own.events) },
        {
          provide: REPORT_QUEUES,
          inject: reportQueues.map((name) => getQueueToken(name)),
          useFactory: (...queues: Queue[]) => new Map(reportsTo.map((target, i) => [target, queues[i]])),
        },
      ],
      exports: [DurableHandlers, RpcClient, CommandOutbox, CommandInbox, EventPublisher],
    };
  }
}
