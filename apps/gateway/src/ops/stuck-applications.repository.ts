import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { OutboxCommandEntity, OutboxStatus } from '@los/common';
import type { ApplicationStatus } from '@los/contracts';
import type { DataSource, Repository } from 'typeorm';
import type { DwellRule } from './dwell-limits/dwell-limit.policy.js';

/** An application and since when it has been in its status (its last status-log row). */
export interface ApplicationDwell {
  id: string;
  status: ApplicationStatus;
  partnerCode: string | null;
  since: Date;
}

export const OPEN_COMMAND_STATUSES = [OutboxStatus.Pending, OutboxStatus.Delivered];

// The last status-log row by id (the index idx_status_log_application); created_at bounds the scan, since a
// status entered before the cutoff was entered after creation.
const DWELL_SELECT = `SELECT a.id, a.status, a.partner_code AS partnerCode,
    COALESCE((SELECT l.at FROM application_status_log l WHERE l.application_id = a.id ORDER BY l.id DESC LIMIT 1), a.updated_at) AS since
  FROM applications a`;

function ruleWhere(rule: DwellRule, cutoff: Date): { sql: string; params: unknown[] } {
  let sql = 'a.status = ? AND a.created_at < ?';
  const params: unknown[] = [rule.status, cutoff];
  if (rule.partnerCode !== undefined) {
    sql += ' AND a.partner_code = ?';
    params.push(rule.partnerCode);
  } else if (rule.exceptPartners?.length) {
    sql += ' AND (a.partner_code IS NULL OR a.partner_code NOT IN (?))';
    params.push(rule.exceptPartners);
  }
  return { sql, params };
}

/** Reads for the stuck-applications view: applications past a dwell rule, and their open commands. */
@Injectable()
export class StuckApplicationsRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(OutboxCommandEntity) private readonly commands: Repository<OutboxCommandEntity>,
  ) {}

  /** Up to `limit` applications past the rule at `now`, longest in their status first. */
  async findPastRule(rule: DwellRule, now: Date, limit: number): Promise<ApplicationDwell[]> {
    const cutoff = new Date(now.getTime() - rule.limitMs);
    const where = ruleWhere(rule, cutoff);
    const rows: ApplicationDwell[] = await this.dataSource.query(
      `SELECT * FROM (${DWELL_SELECT} WHERE ${where.sql}) d WHERE d.since < ? ORDER BY d.since ASC, d.id ASC LIMIT ?`,
      [...where.params, cutoff, limit],
    );
    return rows.map(toDwell);
  }

  async countPastRule(rule: DwellRule, now: Date): Promise<number> {
    const cutoff = new Date(now.getTime() - rule.limitMs);
    const where = ruleWhere(rule, cutoff);
    const rows: { n: number | string }[] = await this.dataSource.query(
      `SELECT COUNT(*) AS n FROM (${DWELL_SELECT} WHERE ${where.sql}) d WHERE d.since < ?`,
      [...where.params, cutoff],
    );
    return Number(rows[0]?.n ?? 0);
  }

  async findDwell(applicationId: string): Promise<ApplicationDwell | null> {
    const rows: ApplicationDwell[] = await this.dataSource.query(`${DWELL_SELECT} WHERE a.id = ?`, [applicationId]);
    return rows[0] ? toDwell(rows[0]) : null;
  }

  /**
   * The newest open (pending or delivered, not completed) outbox command of each application. Only open
   * rows are read (index idx_outbox_due); JSON_EXTRACT works alike on MySQL 8 and MariaDB.
   */
  async findOpenCommands(applicationIds: string[]): Promise<Map<string, OutboxCommandEntity>> {
    if (applicationIds.length === 0) return new Map();
    const rows = await this.commands
      .createQueryBuilder('c')
      .where('c.status IN (:...open)', { open: OPEN_COMMAND_STATUSES })
      .andWhere("JSON_UNQUOTE(JSON_EXTRACT(c.envelope, '$.payload.applicationId')) IN (:...ids)", { ids: applicationIds })
      .orderBy('c.createdAt', 'DESC')
      .addOrderBy('c.id', 'ASC')
      .getMany();
    const newest = new Map<string, OutboxCommandEntity>();
    for (const row of rows) {
      const applicationId = (row.envelope.payload as { applicationId?: string }).applicationId!;
      if (!newest.has(applicationId)) newest.set(applicationId, row);
    }
    return newest;
  }
}

function toDwell(row: ApplicationDwell): ApplicationDwell {
  return { id: row.id, status: row.status, partnerCode: row.partnerCode ?? null, since: new Date(row.since) };
}
