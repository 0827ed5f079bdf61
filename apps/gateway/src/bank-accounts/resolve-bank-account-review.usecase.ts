import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppException, type AuthenticatedUser } from '@los/common';
import { ErrorCode } from '@los/contracts';
import { IsNull, type DataSource } from 'typeorm';
import { ApplicationsService } from '../applications/applications.service.js';
import { AttentionCode } from '../applications/attention/attention-code.js';
import { AttentionItemEntity } from '../applications/attention/attention-item.entity.js';
import { ApplicationBankAccountEntity } from './application-bank-account.entity.js';
import { BankAccountVerifiedHook } from './bank-account-verified.hook.js';
import { toBankAccountView, type BankAccountView } from './bank-account.view.js';
import { verifiedAccountOf } from './bank-accounts.service.js';
import type { ResolveBankAccountReviewDto } from './dto/resolve-bank-account-review.dto.js';

/** Ops decide an account whose name match needed a person: VERIFIED (the hook runs) or REJECTED, with a note. */
@Injectable()
export class ResolveBankAccountReview {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly applications: ApplicationsService,
    private readonly hook: BankAccountVerifiedHook,
  ) {}

  async execute(user: AuthenticatedUser, applicationId: string, dto: ResolveBankAccountReviewDto): Promise<BankAccountView> {
    await this.applications.get(user, applicationId);
    return this.dataSource.transaction(async (manager) => {
      const now = new Date();
      const approved = dto.decision === 'APPROVE';
      const updated = await manager.update(
        ApplicationBankAccountEntity,
        { applicationId, status: 'REVIEW' },
        {
          status: approved ? 'VERIFIED' : 'REJECTED',
          reason: approved ? null : 'REJECTED_IN_REVIEW',
          verifiedAt: approved ? now : null,
          reviewedBy: user.id,
          reviewNote: dto.note,
          updatedAt: now,
        },
      );
      if (updated.affected !== 1) throw new AppException(ErrorCode.Conflict, 'The application has no bank account in REVIEW');
      await manager.update(
        AttentionItemEntity,
        { applicationId, code: AttentionCode.BankAccountReview, resolvedAt: IsNull() },
        { resolvedAt: now },
      );
      const row = await manager.findOneByOrFail(ApplicationBankAccountEntity, { applicationId });
      if (approved) await this.hook.accountVerified(manager, verifiedAccountOf(row));
      return toBankAccountView(row);
    });
  }
}
