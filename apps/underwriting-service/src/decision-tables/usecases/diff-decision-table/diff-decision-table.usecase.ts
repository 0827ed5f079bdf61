import { Injectable } from '@nestjs/common';
import type { DecisionTableDiffRequest } from '@los/contracts';
import { DecisionTableQueries } from '../../decision-table.queries.js';
import type { DecisionTableDiffView } from '../../decision-table.views.js';
import { validateDecisionTable } from '../../validation/decision-table.validator.js';
import { diffRules } from './rule-diff.js';

@Injectable()
export class DiffDecisionTableUseCase {
  constructor(private readonly queries: DecisionTableQueries) {}

  async execute(request: DecisionTableDiffRequest): Promise<DecisionTableDiffView> {
    const [from, to] = await Promise.all([
      this.queries.existingVersion(request.tableId, request.from),
      this.queries.existingVersion(request.tableId, request.to),
    ]);
    // Every stored version passed validation when published, so its table reads back.
    const changes = diffRules(validateDecisionTable(from.content), validateDecisionTable(to.content));
    return { tableId: request.tableId, from: request.from, to: request.to, ...changes };
  }
}
