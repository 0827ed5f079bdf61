import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuthenticatedUser } from '@los/common';
import type { Pool, RowDataPacket } from 'mysql2';
import type { Pool as PromisePool } from 'mysql2/promise';
import type { DataSource } from 'typeorm';
import {
  APPLICATION_WITH_ATTENTION_COLUMNS,
  toApplicationEntity,
  toAttentionItems,
  type ApplicationWithAttentionRow,
} from './application-row.mapper.js';
import { visibleTo } from './application-visibility.js';
import type { ApplicationEntity } from './application.entity.js';
import type { AttentionItemEntity } from './attention/attention-item.entity.js';

/** The visibility conditions' properties as columns of the read's `a` alias. */
const VISIBILITY_COLUMNS: Record<string, string> = { ownerUserId: 'a.owner_user_id', channelPartnerCode: 'a.channel_partner_code' };

/**
 * The read by id, the hottest route, as one mysql2 prepared statement on TypeORM's own pool: building the query and
 * hydrating the entities through TypeORM cost more than the round trip. Other reads stay on TypeORM.
 */
@Injectable()
export class ApplicationReadsRepository {
  private pool?: PromisePool;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The application, if `user` may see it, with its open attention items oldest first; null when missing or not theirs. */
  async findVisibleWithAttention(
    user: AuthenticatedUser,
    id: string,
  ): Promise<{ application: ApplicationEntity; attention: AttentionItemEntity[] } | null> {
    const visibility = Object.entries(visibleTo(user));
    const sql =
      `SELECT ${APPLICATION_WITH_ATTENTION_COLUMNS} FROM applications a ` +
      'LEFT JOIN application_attention_items i ON i.application_id = a.id AND i.resolved_at IS NULL ' +
      `WHERE a.id = ?${visibility.map(([property]) => ` AND ${VISIBILITY_COLUMNS[property]} = ?`).join('')} ORDER BY i.id ASC`;
    const [rows] = await this.mysql().execute<Array<ApplicationWithAttentionRow & RowDataPacket>>(sql, [
      id,
      ...visibility.map(([, value]) => value as string),
    ]);
    if (rows.length === 0) return null;
    return { application: toApplicationEntity(rows[0]), attention: toAttentionItems(rows) };
  }

  private mysql(): PromisePool {
    this.pool ??= (this.dataSource.driver as unknown as { pool: Pool }).pool.promise();
    return this.pool;
  }
}
