import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppException } from '@los/common';
import { ErrorCode } from '@los/contracts';
import { DecisionTableAudit } from '../audit/decision-table-audit.js';
import { canonicalJson } from '../snapshots/canonical-json.js';
import type { DecisionTableVersion } from './decision-table.schema.js';
import { DecisionTablesRepository } from './decision-tables.repository.js';

const MAX_ATTEMPTS = 5;

export interface VersionToPublish {
  tableId: string;
  content: Record<string, unknown>;
  publishedBy: string;
  reason: string;
  rolledBackFrom: number | null;
  /** The same for every replica handling one request (see `publishKeyOf`). */
  publishKey: string;
}

/** One request's key: its correlation id and everything it asks, so a reused request id with other content is another publish. */
export function publishKeyOf(correlationId: string, request: object): string {
  return createHash('sha256')
    .update(canonicalJson([correlationId, request]))
    .digest('hex');
}

/**
 * Appends the next version. FerretDB has no transactions: the unique (tableId, version) index settles two
 * publishers racing for a number (the loser retries with the next one), the unique publish key makes the
 * replicas that all received one request write it once, and the audit row follows the Mongo
 * write; a crash in between leaves `audited: false`, which the boot sweep completes.
 */
@Injectable()
export class DecisionTablePublisher {
  constructor(
    private readonly tables: DecisionTablesRepository,
    private readonly audit: DecisionTableAudit,
  ) {}

  async publish(request: VersionToPublish): Promise<DecisionTableVersion> {
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const done = await this.tables.findByPublishKey(request.publishKey);
      if (done) {
        // Another replica wrote it; its audit row may still be on its way, and the answer must not precede it.
        await this.recordAudit(done);
        return { ...done, audited: true };
      }
      const active = await this.tables.findActive(request.tableId);
      const version = { ...request, version: (active?.version ?? 0) + 1, publishedAt: new Date() };
      if (await this.tables.insert(version)) {
        await this.recordAudit(version);
        return { ...version, audited: true };
      }
    }
    throw new AppException(ErrorCode.Conflict, 'Too many concurrent publishes of this table; try again');
  }

  /** Version 1 unless it exists; two replicas booting at once insert it once (the unique index). */
  async seed(tableId: string, content: Record<string, unknown>): Promise<void> {
    const seed = {
      tableId,
      content,
      version: 1,
      publishedBy: 'system:seed',
      reason: 'Initial credit policy',
      publishedAt: new Date(),
      rolledBackFrom: null,
      publishKey: `seed:${tableId}`,
    };
    if (await this.tables.insert(seed)) await this.recordAudit(seed);
  }

  /** Audit rows a crash left unwritten. */
  async completeAudits(): Promise<void> {
    for (const version of await this.tables.findUnaudited()) await this.recordAudit(version);
  }

  private async recordAudit(version: Omit<DecisionTableVersion, 'audited'>): Promise<void> {
    await this.audit.record(version);
    await this.tables.markAudited(version.tableId, version.version);
  }
}
