import { Injectable } from '@nestjs/common';
import { type SimulateDecisionTableRequest, UnderwritingDecision } from '@los/contracts';
import { SnapshotRepository } from '../../../snapshots/snapshot.repository.js';
import { DecisionEngine } from '../../decision-engine.js';
import { DecisionEngineError } from '../../decision-engine.error.js';
import { notFound } from '../../decision-table.queries.js';
import type { SimulationView } from '../../decision-table.views.js';
import { DecisionTablesRepository } from '../../decision-tables.repository.js';
import { validateDecisionTable } from '../../validation/decision-table.validator.js';

/** Version number of a draft: never published, so the engine keys its compiled form by content. */
const DRAFT_VERSION = 0;

/**
 * What a draft would have decided for the table's last N decided applications, against the decision each
 * got. A draft that cannot decide an input counts as REFER, as the evaluate flow refers engine errors.
 */
@Injectable()
export class SimulateDecisionTableUseCase {
  constructor(
    private readonly tables: DecisionTablesRepository,
    private readonly snapshots: SnapshotRepository,
    private readonly engine: DecisionEngine,
  ) {}

  async execute(request: SimulateDecisionTableRequest): Promise<SimulationView> {
    validateDecisionTable(request.content);
    if (!(await this.tables.findActive(request.tableId))) throw notFound(request.tableId);
    const draft = { tableId: request.tableId, version: DRAFT_VERSION, content: request.content };
    const decided = await this.snapshots.lastDecided(request.tableId, request.lastN);
    const changes: SimulationView['changes'] = [];
    for (const snapshot of decided) {
      const to = await this.engine.decideWith(draft, snapshot.input).then(
        (outcome) => outcome.decision,
        (error: unknown) => {
          if (error instanceof DecisionEngineError) return UnderwritingDecision.Refer;
          throw error;
        },
      );
      if (to !== snapshot.decided.decision) {
        changes.push({ applicationId: snapshot.applicationId, snapshotId: snapshot.snapshotId, from: snapshot.decided.decision, to });
      }
    }
    return { tableId: request.tableId, evaluated: decided.length, changed: changes.length, changes };
  }
}
