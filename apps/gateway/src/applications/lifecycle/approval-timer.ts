import { Injectable } from '@nestjs/common';
import { ApplicationStatus } from '@los/contracts';
import type { EntityManager } from 'typeorm';
import type { ApplicationEntity } from '../application.entity.js';
import { AfterCommit } from './after-commit.js';
import { ApplicationStatusLogEntity } from './application-status-log.entity.js';
import { timeToApprovalSeconds } from './time-to-approval.histogram.js';

/** Observes the time to approval of an application entering APPROVED, once its move has committed. */
@Injectable()
export class ApprovalTimer {
  constructor(private readonly afterCommit: AfterCommit) {}

  async onApproved(manager: EntityManager, application: ApplicationEntity, at: Date): Promise<void> {
    const referred = await manager.exists(ApplicationStatusLogEntity, {
      where: { applicationId: application.id, toStatus: ApplicationStatus.ManualReview },
    });
    const seconds = Math.max(0, (at.getTime() - application.createdAt.getTime()) / 1000);
    this.afterCommit.run(manager, () => timeToApprovalSeconds.observe({ path: referred ? 'manual' : 'automatic' }, seconds));
  }
}
