import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PeriodicTask } from '@los/common';
import { ApplicationStatus } from '@los/contracts';
import type { DataSource } from 'typeorm';
import { ApplicationAttention } from '../../applications/attention/application-attention.service.js';
import { AttentionCode } from '../../applications/attention/attention-code.js';
import { deadlineOf } from '../review-deadline.js';
import { UNDERWRITING_DESK_SETTINGS, type UnderwritingDeskSettings } from '../underwriting-desk.settings.js';
import { underwritingSlaAtRiskTotal } from './underwriting-sla.metrics.js';

const BATCH = 100;

interface AtRisk {
  applicationId: string;
  createdAt: Date;
}

/**
 * Escalates each review near (within UNDERWRITING_SLA_MARGIN_MS) or past its deadline once: a breach row whose key
 * is the application, so of several gateway replicas only the one whose insert lands raises the attention item
 * (UNDERWRITING_SLA_AT_RISK, for the notifications to deliver), counts it and logs it.
 */
@Injectable()
export class UnderwritingSlaEscalator extends PeriodicTask {
  protected readonly logger = new Logger(UnderwritingSlaEscalator.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly attention: ApplicationAttention,
    @Inject(UNDERWRITING_DESK_SETTINGS) private readonly settings: UnderwritingDeskSettings,
  ) {
    super(settings.slaScanMs);
  }

  protected async runOnce(now = new Date()): Promise<void> {
    const createdBy = new Date(now.getTime() - this.settings.slaMs + this.settings.slaMarginMs);
    const rows: AtRisk[] = await this.dataSource.query(
      `SELECT a.id AS applicationId, a.created_at AS createdAt FROM applications a
        LEFT JOIN underwriting_sla_breaches b ON b.application_id = a.id
        WHERE a.status = ? AND a.created_at <= ? AND b.application_id IS NULL
        ORDER BY a.created_at ASC LIMIT ?`,
      [ApplicationStatus.ManualReview, createdBy, BATCH],
    );
    for (const row of rows) await this.escalate(row.applicationId, new Date(row.createdAt), now);
  }

  /** True when this call escalated it (another replica may have). */
  async escalate(applicationId: string, createdAt: Date, now: Date): Promise<boolean> {
    const deadline = deadlineOf(createdAt, this.settings.slaMs);
    const overdue = deadline <= now;
    const won = await this.dataSource.transaction(async (manager) => {
      const inserted: { affectedRows: number } = await manager.query(
        'INSERT IGNORE INTO underwriting_sla_breaches (application_id, deadline_at, overdue, detected_at) VALUES (?, ?, ?, ?)',
        [applicationId, deadline, overdue, now],
      );
      if (inserted.affectedRows !== 1) return false;
      await this.attention.raise(manager, {
        applicationId,
        code: AttentionCode.UnderwritingSlaAtRisk,
        reason: `underwriter review ${overdue ? 'past' : 'near'} its deadline ${deadline.toISOString()}`,
      });
      return true;
    });
    if (won) {
      underwritingSlaAtRiskTotal.inc({ overdue: String(overdue) });
      this.logger.warn({ applicationId, deadline: deadline.toISOString(), overdue }, 'Underwriter review at risk of missing its deadline');
    }
    return won;
  }
}
