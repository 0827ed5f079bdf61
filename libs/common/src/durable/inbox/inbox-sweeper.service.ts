import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThan, Repository } from 'typeorm';
import { APP_CONFIG } from '../../config/app-config.module.js';
import type { AppConfig } from '../../config/load-config.js';
import { redriveDelay } from '../durable.constants.js';
import { InboxCommandEntity, InboxStatus } from '../entities/inbox-command.entity.js';
import { PeriodicTask } from '../periodic-task.js';
import { CommandInbox } from './command-inbox.service.js';

/** Re-queues accepted commands whose job vanished (for instance with a Redis restart). */
@Injectable()
export class InboxSweeper extends PeriodicTask {
  protected readonly logger = new Logger(InboxSweeper.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectRepository(InboxCommandEntity) private readonly inbox: Repository<InboxCommandEntity>,
    private readonly commands: CommandInbox,
  ) {
    super(config.SWEEP_INTERVAL_MS);
  }

  protected async runOnce(): Promise<void> {
    const overdue = await this.inbox.find({
      select: { id: true, attempts: true },
      where: { status: InboxStatus.Received, dueAt: LessThan(new Date()) },
      order: { dueAt: 'ASC' },
      take: 100,
    });
    for (const { id, attempts } of overdue) {
      const dueAt = new Date(Date.now() + redriveDelay(this.config.COMMAND_DEADLINE_MS, attempts + 1));
      const claimed = await this.inbox.update({ id, attempts }, { attempts: attempts + 1, dueAt });
      if (claimed.affected === 1) this.commands.schedule(id, attempts + 1);
    }
  }
}
