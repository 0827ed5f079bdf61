import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { PartnerStatus } from '@los/contracts';
import { IsNull, Not, type Repository } from 'typeorm';
import { PartnerSubmissionEntity } from './partner-submission.entity.js';

@Injectable()
export class PartnerSubmissionsRepository {
  constructor(@InjectRepository(PartnerSubmissionEntity) private readonly submissions: Repository<PartnerSubmissionEntity>) {}

  find(applicationId: string): Promise<PartnerSubmissionEntity | null> {
    return this.submissions.findOneBy({ applicationId });
  }

  /** The first attempt records the row; a retry or a second replica finds it and reuses its request id. */
  async start(
    row: Pick<PartnerSubmissionEntity, 'applicationId' | 'offerId' | 'partnerCode' | 'partnerQuoteId' | 'requestId'>,
  ): Promise<PartnerSubmissionEntity> {
    const now = new Date();
    await this.submissions
      .createQueryBuilder()
      .insert()
      .orIgnore()
      .values({
        ...row,
        partnerReference: null,
        partnerStatus: null,
        failureCode: null,
        decidedAt: null,
        confirmedAt: null,
        decisionSlaBreached: false,
        createdAt: now,
        updatedAt: now,
      })
      .execute();
    return (await this.find(row.applicationId))!;
  }

  async succeeded(applicationId: string, partnerReference: string, partnerStatus: PartnerStatus, confirmed: boolean): Promise<void> {
    const now = new Date();
    await this.submissions.update(
      { applicationId },
      {
        partnerReference,
        partnerStatus,
        failureCode: null,
        updatedAt: now,
        ...(confirmed ? { confirmedAt: now } : {}),
      },
    );
  }

  /** Approved by the lender, the borrower's acceptance not yet taken by it (oldest first). */
  awaitingConfirmation(limit = 50): Promise<PartnerSubmissionEntity[]> {
    return this.submissions.find({
      where: { partnerStatus: PartnerStatus.Approved, confirmedAt: IsNull(), failureCode: IsNull(), partnerReference: Not(IsNull()) },
      order: { updatedAt: 'ASC' },
      take: limit,
    });
  }

  async confirmed(applicationId: string): Promise<void> {
    const now = new Date();
    await this.submissions.update({ applicationId, confirmedAt: IsNull() }, { confirmedAt: now, updatedAt: now });
  }

  async failed(applicationId: string, failureCode: string): Promise<void> {
    await this.submissions.update({ applicationId }, { failureCode, updatedAt: new Date() });
  }
}
