import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { APP_CONFIG } from '../../config/app-config.module.js';
import type { FeatureConfig } from '../../config/load-config.js';
import { InboxCommandEntity, InboxStatus } from '../entities/inbox-command.entity.js';
import { PeriodicTask } from '../periodic-task.js';
import { redriveOverdue } from '../redrive-overdue.js';
import { CommandInbox } from './command-inbox.service.js';

/**
 * Re-queues accepted commands whose job vanished (for instance with a Redis restart) or gave up. A command merely
 * waiting behind others keeps its one job: a second would double the backlog it is waiting in.
 */
@Injectable()
export class InboxSweeper extends PeriodicTask {
  protected readonly logger = new Logger(InboxSweeper.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: FeatureConfig<'durable'>,
    @InjectRepository(InboxCommandEntity) private readonly inbox: Repository<InboxCommandEntity>,
    private readonly commands: CommandInbox,
  ) {
    super(config.SWEEP_INTERVAL_MS);
  }

  protected runOnce(): Promise<void> {
    return redriveOverdue(
      this.inbox,
      { status: InboxStatus.Received },
      this.config.COMMAND_DEADLINE_MS,
      (id, attempt) => this.commands.schedule(id, attempt),
      (id, attempts) => this.commands.inHand(id, attempts),
    );
  }
}
