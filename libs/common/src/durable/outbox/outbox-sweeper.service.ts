import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, LessThan, Repository } from 'typeorm';
import { APP_CONFIG } from '../../config/app-config.module.js';
import type { AppConfig } from '../../config/load-config.js';
import { redriveDelay } from '../durable.constants.js';
import { OutboxCommandEntity, OutboxStatus } from '../entities/outbox-command.entity.js';
import { PeriodicTask } from '../periodic-task.js';
import { CommandOutbox } from './command-outbox.service.js';

/**
 * Pull for correctness: re-sends commands whose result is overdue. Receivers are idempotent and
 * answer a finished command with its stored result, so a re-send is always safe.
 */
@Injectable()
export class OutboxSweeper extends PeriodicTask {
  protected readonly logger = new Logger(OutboxSweeper.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectRepository(OutboxCommandEntity) private readonly commands: Repository<OutboxCommandEntity>,
    private readonly outbox: CommandOutbox,
  ) {
    super(config.SWEEP_INTERVAL_MS);
  }

  protected async runOnce(): Promise<void> {
    const overdue = await this.commands.find({
      select: { id: true, attempts: true },
      where: { status: In([OutboxStatus.Pending, OutboxStatus.Delivered]), dueAt: LessThan(new Date()) },
      order: { dueAt: 'ASC' },
      take: 100,
    });
    for (const { id, attempts } of overdue) {
      const dueAt = new Date(Date.now() + redriveDelay(this.config.COMMAND_DEADLINE_MS, attempts + 1));
      // The attempts guard lets exactly one replica claim each re-drive.
      const claimed = await this.commands.update({ id, attempts }, { attempts: attempts + 1, dueAt });
      if (claimed.affected === 1) this.outbox.deliver(id, attempts + 1);
    }
  }
}
