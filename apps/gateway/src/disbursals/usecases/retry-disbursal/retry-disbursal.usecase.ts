import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppException } from '@los/common';
import { ApplicationStatus, ErrorCode } from '@los/contracts';
import type { DataSource } from 'typeorm';
import { ApplicationEntity } from '../../../applications/application.entity.js';
import { AttentionItemEntity } from '../../../applications/attention/attention-item.entity.js';
import { AttentionCode } from '../../../applications/attention/attention-code.js';
import { ApplicationLifecycle } from '../../../applications/lifecycle/application-lifecycle.service.js';
import { ApplicationStatusLogEntity } from '../../../applications/lifecycle/application-status-log.entity.js';
import { BankAccounts } from '../../../bank-accounts/bank-accounts.service.js';
import type { DisbursalRetryView } from '../../disbursal.views.js';

/**
 * Ops re-initiate a failed disbursal once its cause is fixed: DISBURSAL_FAILED → DISBURSAL_REQUESTED records a new
 * disburse command (a new initiation, so a new request id at the lender), and the failure's attention items close.
 */
@Injectable()
export class RetryDisbursalUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly lifecycle: ApplicationLifecycle,
    private readonly accounts: BankAccounts,
  ) {}

  execute(applicationId: string, actor: string): Promise<DisbursalRetryView> {
    return this.dataSource.transaction(async (manager) => {
      const application = await manager.findOne(ApplicationEntity, { where: { id: applicationId }, lock: { mode: 'pessimistic_write' } });
      if (!application) throw new AppException(ErrorCode.NotFound, 'Application not found');
      if (application.status !== ApplicationStatus.DisbursalFailed) {
        throw new AppException(
          ErrorCode.InvalidTransition,
          `Only a failed disbursal can be re-initiated; the application is ${application.status}`,
        );
      }
      if (!(await this.accounts.verifiedFor(manager, applicationId))) {
        throw new AppException(ErrorCode.Conflict, 'The application has no verified bank account to pay into');
      }
      await this.lifecycle.transition(manager, {
        applicationId,
        expectedFrom: ApplicationStatus.DisbursalFailed,
        to: ApplicationStatus.DisbursalRequested,
        actor,
        reason: 'disbursal re-initiated by ops',
      });
      await manager
        .createQueryBuilder()
        .update(AttentionItemEntity)
        .set({ resolvedAt: new Date() })
        .where('application_id = :applicationId AND resolved_at IS NULL AND code IN (:...codes)', {
          applicationId,
          codes: [AttentionCode.DisbursalFailed, AttentionCode.DisbursalRefused],
        })
        .execute();
      const initiation = await manager.countBy(ApplicationStatusLogEntity, {
        applicationId,
        toStatus: ApplicationStatus.DisbursalRequested,
      });
      return { applicationId, status: ApplicationStatus.DisbursalRequested, initiation };
    });
  }
}
