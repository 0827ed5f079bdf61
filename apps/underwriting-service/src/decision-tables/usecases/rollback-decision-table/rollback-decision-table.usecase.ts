import { Injectable } from '@nestjs/common';
import { AppException } from '@los/common';
import { ErrorCode, type RollbackDecisionTableRequest } from '@los/contracts';
import { DecisionTablePublisher, publishKeyOf } from '../../decision-table.publisher.js';
import { DecisionTableQueries } from '../../decision-table.queries.js';
import type { PublishedDecisionTableView } from '../../decision-table.views.js';
import { DecisionTablesRepository } from '../../decision-tables.repository.js';

/** Republishes an earlier version's content as the next version: history only grows. */
@Injectable()
export class RollbackDecisionTableUseCase {
  constructor(
    private readonly tables: DecisionTablesRepository,
    private readonly queries: DecisionTableQueries,
    private readonly publisher: DecisionTablePublisher,
  ) {}

  async execute(request: RollbackDecisionTableRequest, correlationId: string): Promise<PublishedDecisionTableView> {
    const target = await this.queries.existingVersion(request.tableId, request.toVersion);
    const active = await this.tables.findActive(request.tableId);
    if (active?.version === target.version) {
      throw new AppException(ErrorCode.Conflict, `Version ${target.version} of ${request.tableId} is already the active version`);
    }
    const published = await this.publisher.publish({
      tableId: request.tableId,
      content: target.content,
      publishedBy: request.actor,
      reason: request.reason.trim(),
      publishKey: publishKeyOf(correlationId, { action: 'rollback', ...request }),
      rolledBackFrom: target.version,
    });
    return { tableId: published.tableId, version: published.version };
  }
}
