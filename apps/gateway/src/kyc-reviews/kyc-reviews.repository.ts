import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApplicationStatus } from '@los/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { KycReviewEntity } from './kyc-review.entity.js';

/** An application's latest KYC attempt and its review, if anyone claimed it. */
export interface KycReviewCase {
  applicationId: string;
  status: ApplicationStatus;
  kycId: string;
  /** When the application last entered KYC_REVIEW; null if it never did. */
  enteredReviewAt: Date | null;
  claimedBy: string | null;
  claimExpiresAt: Date | null;
  resolvedAt: Date | null;
}

// The latest attempt by creation (idx_kyc_submissions_application) and the last entry into review (idx_status_log_application).
const CASE_SELECT = `SELECT a.id AS applicationId, a.status, k.kyc_id AS kycId,
    (SELECT MAX(l.at) FROM application_status_log l WHERE l.application_id = a.id AND l.to_status = '${ApplicationStatus.KycReview}') AS enteredReviewAt,
    r.claimed_by AS claimedBy, r.claim_expires_at AS claimExpiresAt, r.resolved_at AS resolvedAt
  FROM applications a
  JOIN kyc_submissions k ON k.kyc_id = (
    SELECT s.kyc_id FROM kyc_submissions s WHERE s.application_id = a.id ORDER BY s.created_at DESC, s.kyc_id DESC LIMIT 1)
  LEFT JOIN kyc_reviews r ON r.kyc_id = k.kyc_id`;

@Injectable()
export class KycReviewsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Applications waiting in KYC_REVIEW, longest waiting first. */
  async findQueue(limit: number): Promise<KycReviewCase[]> {
    const rows: KycReviewCase[] = await this.dataSource.query(
      `SELECT * FROM (${CASE_SELECT} WHERE a.status = ?) c ORDER BY c.enteredReviewAt ASC, c.applicationId ASC LIMIT ?`,
      [ApplicationStatus.KycReview, limit],
    );
    return rows.map(toCase);
  }

  async findCase(applicationId: string): Promise<KycReviewCase | null> {
    const rows: KycReviewCase[] = await this.dataSource.query(`${CASE_SELECT} WHERE a.id = ?`, [applicationId]);
    return rows[0] ? toCase(rows[0]) : null;
  }

  /**
   * Gives the review of `kycId` to `userId` until `expiresAt` when it is unresolved and unclaimed, already
   * theirs, or its claim has lapsed; false when someone else holds it or it is resolved.
   */
  async claim(manager: EntityManager, review: { kycId: string; applicationId: string }, userId: string, now: Date, expiresAt: Date) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(KycReviewEntity)
      .values({ ...review, createdAt: now })
      .orIgnore()
      .execute();
    const updated = await manager
      .createQueryBuilder()
      .update(KycReviewEntity)
      .set({ claimedBy: userId, claimExpiresAt: expiresAt })
      .where('kyc_id = :kycId AND resolved_at IS NULL', { kycId: review.kycId })
      .andWhere('(claimed_by IS NULL OR claimed_by = :userId OR claim_expires_at <= :now)', { userId, now })
      .execute();
    return updated.affected === 1;
  }

  /** The review row, locked until the transaction ends. */
  findForUpdate(manager: EntityManager, kycId: string): Promise<KycReviewEntity | null> {
    return manager.findOne(KycReviewEntity, { where: { kycId }, lock: { mode: 'pessimistic_write' } });
  }
}

function toCase(row: KycReviewCase): KycReviewCase {
  const date = (value: Date | string | null) => (value === null ? null : new Date(value));
  return {
    applicationId: row.applicationId,
    status: row.status,
    kycId: row.kycId,
    enteredReviewAt: date(row.enteredReviewAt),
    claimedBy: row.claimedBy ?? null,
    claimExpiresAt: date(row.claimExpiresAt),
    resolvedAt: date(row.resolvedAt),
  };
}
