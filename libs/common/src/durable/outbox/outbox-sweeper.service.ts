import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { APP_CONFIG } from '../../config/app-config.module.js';
import type { FeatureConfig } from '../../config/load-config.js';
import { OutboxCommandEntity, OutboxStatus } from '../entities/outbox-command.entity.js';
import { PeriodicTask } from '../periodic-task.js';
import { redriveOverdue } from '../redrive-overdue.js';
import { CommandOutbox } from './command-outbox.service.js';

/**
 * Pull for correctness: re-sends commands whose result is overdue. Receivers are idempotent and
 * answer a finished command with its stored result, so a re-send is always safe.
 */
@Injectable()
export class OutboxSweeper extends PeriodicTask {
  protected readonly logger = new Logger(OutboxSweeper.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: FeatureConfig<'durable'>,
    @InjectRepository(OutboxCommandEntity) private readonly commands: Repository<OutboxCommandEntity>,
    private readonly outbox: CommandOutbox,
  ) {
    super(config.SWEEP_INTERVAL_MS);
  }

  protected runOnce(): Promise<void> {
    return redriveOverdue(
      this.commands,
      { status: In([OutboxStatus.Pending, OutboxStatus.Delivered]) },
      this.config.COMMAND_DEADLINE_MS,
      (id, attempt) => this.outbox.deliver(id, attempt),
    );
  }
}
