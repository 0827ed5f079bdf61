import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppException, CommandOutbox } from '@los/common';
import { ErrorCode } from '@los/contracts';
import type { DataSource } from 'typeorm';
import { DwellLimitPolicy } from '../../dwell-limits/dwell-limit.policy.js';
import { RedriveAuditEntity } from '../../redrive-audit.entity.js';
import type { RedriveReceiptView } from '../../stuck-application.view.js';
import { StuckApplicationsRepository } from '../../stuck-applications.repository.js';
import type { RedriveApplicationCommand } from './redrive-application.command.js';

/**
 * Re-sends a stuck application's pending command through the durable path with its next attempt. Refused
 * (409) when nothing is pending (NOTHING_TO_REDRIVE), when the application is within its dwell limit
 * (APPLICATION_NOT_STUCK), or when a concurrent re-drive or sweep claimed that attempt (REDRIVE_RACED).
 */
@Injectable()
export class RedriveApplicationUseCase {
  private readonly logger = new Logger(RedriveApplicationUseCase.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: DwellLimitPolicy,
    private readonly repository: StuckApplicationsRepository,
    private readonly outbox: CommandOutbox,
  ) {}

  async execute({ applicationId, actor }: RedriveApplicationCommand, now = new Date()): Promise<RedriveReceiptView> {
    const dwell = await this.repository.findDwell(applicationId);
    if (!dwell) throw new AppException(ErrorCode.NotFound, 'Application not found');
    const command = (await this.repository.findOpenCommands([applicationId])).get(applicationId);
    if (!command) throw new AppException(ErrorCode.NothingToRedrive, `No command is pending for this ${dwell.status} application`);
    if (!this.policy.isStuck(dwell.status, dwell.partnerCode, dwell.since, now)) {
      throw new AppException(ErrorCode.ApplicationNotStuck, `The application is within the dwell limit of ${dwell.status}`);
    }

    const attempt = command.attempts + 1;
    const claimed = await this.dataSource.transaction(async (manager) => {
      if (!(await this.outbox.claimRedrive(manager, command.id, command.attempts))) return false;
      await manager.insert(RedriveAuditEntity, {
        applicationId,
        status: dwell.status,
        commandId: command.id,
        pattern: command.pattern,
        attempt,
        actor,
        at: now,
      });
      return true;
    });
    if (!claimed) throw new AppException(ErrorCode.RedriveRaced, 'The command was re-driven meanwhile; read the list again');
    this.outbox.deliver(command.id, attempt);
    this.logger.log({ applicationId, commandId: command.id, attempt, actor }, 'Stuck application re-driven');
    return {
      applicationId,
      status: dwell.status,
      commandId: command.id,
      pattern: command.pattern,
      attempt,
      redrivenBy: actor,
      redrivenAt: now.toISOString(),
    };
  }
}
