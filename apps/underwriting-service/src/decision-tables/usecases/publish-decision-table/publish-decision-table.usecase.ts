import { Injectable } from '@nestjs/common';
import type { PublishDecisionTableRequest } from '@los/contracts';
import { DecisionTablePublisher, publishKeyOf } from '../../decision-table.publisher.js';
import { notFound } from '../../decision-table.queries.js';
import type { PublishedDecisionTableView } from '../../decision-table.views.js';
import { DecisionTablesRepository } from '../../decision-tables.repository.js';
import { validateDecisionTable } from '../../validation/decision-table.validator.js';

/**
 * A new version of an existing table (tables come with their lender's seed, so a typo in a table id cannot
 * create a table no application uses). Validated first: an invalid draft stores nothing.
 */
@Injectable()
export class PublishDecisionTableUseCase {
  constructor(
    private readonly tables: DecisionTablesRepository,
    private readonly publisher: DecisionTablePublisher,
  ) {}

  async execute(request: PublishDecisionTableRequest, correlationId: string): Promise<PublishedDecisionTableView> {
    validateDecisionTable(request.content);
    if (!(await this.tables.findActive(request.tableId))) throw notFound(request.tableId);
    const published = await this.publisher.publish({
      tableId: request.tableId,
      content: request.content,
      publishedBy: request.actor,
      reason: request.reason.trim(),
      publishKey: publishKeyOf(correlationId, { action: 'publish', ...request }),
      rolledBackFrom: null,
    });
    return { tableId: published.tableId, version: published.version };
  }
}
