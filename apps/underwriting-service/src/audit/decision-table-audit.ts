import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isDuplicateKey } from '@los/common';
import type { DataSource } from 'typeorm';
import type { DecisionTableVersion } from '../decision-tables/decision-table.schema.js';
import { DecisionTableAuditAction, DecisionTableAuditEventEntity } from './decision-table-audit.entity.js';

/** The MySQL audit trail of decision table versions; writing a version's row twice is a no-op. */
@Injectable()
export class DecisionTableAudit {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(version: Omit<DecisionTableVersion, 'content' | 'audited'>): Promise<void> {
    const action =
      version.rolledBackFrom !== null
        ? DecisionTableAuditAction.RolledBack
        : version.publishedBy.startsWith('system:seed')
          ? DecisionTableAuditAction.Seeded
          : DecisionTableAuditAction.Published;
    try {
      await this.dataSource.getRepository(DecisionTableAuditEventEntity).insert({
        tableId: version.tableId,
        version: version.version,
        previousVersion: version.version > 1 ? version.version - 1 : null,
        rolledBackFrom: version.rolledBackFrom,
        action,
        actor: version.publishedBy,
        reason: version.reason,
        at: version.publishedAt,
      });
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
  }

  findByTable(tableId: string): Promise<DecisionTableAuditEventEntity[]> {
    return this.dataSource.getRepository(DecisionTableAuditEventEntity).find({ where: { tableId }, order: { version: 'ASC' } });
  }
}
