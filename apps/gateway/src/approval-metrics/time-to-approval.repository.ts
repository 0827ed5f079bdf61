import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApplicationStatus } from '@los/contracts';
import type { DataSource } from 'typeorm';

export interface ApprovalDuration {
  applicationId: string;
  seconds: number;
  /** Passed through MANUAL_REVIEW before its approval. */
  manual: boolean;
}

@Injectable()
export class TimeToApprovalRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Applications approved in [from, to), from the status log: created (its first entry, else the application's
   * creation time) → first entry into APPROVED.
   */
  async approvedBetween(from: Date, to: Date): Promise<ApprovalDuration[]> {
    const rows: { applicationId: string; createdAt: Date | string; approvedAt: Date | string; manual: number | string }[] =
      await this.dataSource.query(
        `SELECT p.application_id AS applicationId, p.approvedAt,
            COALESCE((SELECT MIN(c.at) FROM application_status_log c WHERE c.application_id = p.application_id AND c.from_status IS NULL),
              a.created_at) AS createdAt,
            EXISTS (SELECT 1 FROM application_status_log m WHERE m.application_id = p.application_id AND m.to_status = ?
              AND m.at <= p.approvedAt) AS manual
          FROM (SELECT application_id, MIN(at) AS approvedAt FROM application_status_log WHERE to_status = ?
              GROUP BY application_id HAVING MIN(at) >= ? AND MIN(at) < ?) p
          JOIN applications a ON a.id = p.application_id`,
        [ApplicationStatus.ManualReview, ApplicationStatus.Approved, from, to],
      );
    return rows.map((row) => ({
      applicationId: row.applicationId,
      seconds: Math.max(0, (new Date(row.approvedAt).getTime() - new Date(row.createdAt).getTime()) / 1000),
      manual: Number(row.manual) === 1,
    }));
  }
}
