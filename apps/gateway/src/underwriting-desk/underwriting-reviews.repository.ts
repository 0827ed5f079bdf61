import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApplicationStatus, formatMoney } from '@los/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { UnderwritingReviewEntity } from './underwriting-review.entity.js';

/** An application's latest stay in MANUAL_REVIEW and the desk's state of it. */
export interface UnderwritingReviewCase {
  applicationId: string;
  status: ApplicationStatus;
  createdAt: Date;
  /** The accepted offer's amount (the loan asked for when none was accepted): what an approval lends. */
  amount: string;
  partnerCode: string | null;
  documentsRequired: string[];
  /** When the application last entered MANUAL_REVIEW, and the status log's reason of that move; null if it never did. */
  enteredReviewAt: Date | null;
  referral: string | null;
  claimedBy: string | null;
  claimExpiresAt: Date | null;
  makerId: string | null;
  makerAt: Date | null;
  resolvedAt: Date | null;
}

const LAST_REFERRAL = `FROM application_status_log l WHERE l.application_id = a.id AND l.to_status = '${ApplicationStatus.ManualReview}'
  ORDER BY l.id DESC LIMIT 1`;
const CASE_SELECT = `SELECT c.*, r.claimed_by AS claimedBy, r.claim_expires_at AS claimExpiresAt, r.maker_id AS makerId,
    r.maker_at AS makerAt, r.resolved_at AS resolvedAt
  FROM (SELECT a.id AS applicationId, a.status, a.created_at AS createdAt, COALESCE(a.accepted_amount, a.loan_amount) AS amount,
      a.accepted_partner_code AS partnerCode, a.documents_required AS documentsRequired,
      (SELECT l.at ${LAST_REFERRAL}) AS enteredReviewAt, (SELECT l.reason ${LAST_REFERRAL}) AS referral
    FROM applications a WHERE %WHERE%) c
  LEFT JOIN underwriting_reviews r ON r.application_id = c.applicationId AND r.entered_review_at = c.enteredReviewAt`;

@Injectable()
export class UnderwritingReviewsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Applications in MANUAL_REVIEW, oldest application first: with one SLA for all, that is the order of their deadlines. */
  async findQueue(limit: number): Promise<UnderwritingReviewCase[]> {
    const rows: RawCase[] = await this.dataSource.query(
      `${CASE_SELECT.replace('%WHERE%', 'a.status = ?')} ORDER BY c.createdAt ASC, c.applicationId ASC LIMIT ?`,
      [ApplicationStatus.ManualReview, limit],
    );
    return rows.map(toCase);
  }

  async findCase(applicationId: string): Promise<UnderwritingReviewCase | null> {
    const rows: RawCase[] = await this.dataSource.query(CASE_SELECT.replace('%WHERE%', 'a.id = ?'), [applicationId]);
    return rows[0] ? toCase(rows[0]) : null;
  }

  /**
   * Gives the review to `userId` until `expiresAt` when it is undecided and unclaimed, already theirs, or its
   * claim has lapsed; false when someone else holds it or it is decided.
   */
  async claim(
    manager: EntityManager,
    review: { applicationId: string; enteredReviewAt: Date },
    userId: string,
    now: Date,
    expiresAt: Date,
  ) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(UnderwritingReviewEntity)
      .values({ ...review, createdAt: now })
      .orIgnore()
      .execute();
    const updated = await manager
      .createQueryBuilder()
      .update(UnderwritingReviewEntity)
      .set({ claimedBy: userId, claimExpiresAt: expiresAt })
      .where('application_id = :applicationId AND entered_review_at = :enteredReviewAt AND resolved_at IS NULL', review)
      .andWhere('(claimed_by IS NULL OR claimed_by = :userId OR claim_expires_at <= :now)', { userId, now })
      .execute();
    return updated.affected === 1;
  }

  /** The review row, locked until the transaction ends. */
  findForUpdate(
    manager: EntityManager,
    review: { applicationId: string; enteredReviewAt: Date },
  ): Promise<UnderwritingReviewEntity | null> {
    return manager.findOne(UnderwritingReviewEntity, { where: review, lock: { mode: 'pessimistic_write' } });
  }
}

type RawCase = Omit<UnderwritingReviewCase, 'documentsRequired' | 'amount'> & { documentsRequired: string | null; amount: unknown };

function toCase(row: RawCase): UnderwritingReviewCase {
  const date = (value: Date | string | null) => (value === null || value === undefined ? null : new Date(value));
  return {
    applicationId: row.applicationId,
    status: row.status,
    createdAt: new Date(row.createdAt),
    amount: formatMoney(row.amount),
    partnerCode: row.partnerCode ?? null,
    documentsRequired: row.documentsRequired ? row.documentsRequired.split(',') : [],
    enteredReviewAt: date(row.enteredReviewAt),
    referral: row.referral ?? null,
    claimedBy: row.claimedBy ?? null,
    claimExpiresAt: date(row.claimExpiresAt),
    makerId: row.makerId ?? null,
    makerAt: date(row.makerAt),
    resolvedAt: date(row.resolvedAt),
  };
}
