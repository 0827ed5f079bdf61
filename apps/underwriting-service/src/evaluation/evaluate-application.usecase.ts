import { Injectable, Logger } from '@nestjs/common';
import type { UnderwritingEvaluateCommand } from '@los/contracts';
import { randomUUID } from 'node:crypto';
import { DecisionRecordEntity } from '../decisions/decision-record.entity.js';
import { DecisionRecordsRepository } from '../decisions/decision-records.repository.js';
import { SnapshotRepository } from '../snapshots/snapshot.repository.js';
import { GuardedDecision } from './guarded-decision.js';
import { InputSnapshotBuilder } from './input-snapshot.builder.js';

/**
 * Takes our credit decision on an application: one input snapshot, one guarded evaluation, one decision record.
 * Decided once: a command run again (crash, re-drive) finds its record, and the same facts (the same snapshot) find
 * the decision already taken on them.
 */
@Injectable()
export class EvaluateApplicationUseCase {
  private readonly logger = new Logger(EvaluateApplicationUseCase.name);

  constructor(
    private readonly inputs: InputSnapshotBuilder,
    private readonly snapshots: SnapshotRepository,
    private readonly guard: GuardedDecision,
    private readonly decisions: DecisionRecordsRepository,
  ) {}

  async execute(command: UnderwritingEvaluateCommand, commandId: string, correlationId: string): Promise<DecisionRecordEntity> {
    const taken = await this.decisions.findByCommand(commandId);
    if (taken) return taken;
    const input = await this.inputs.build(command, correlationId);
    const snapshotId = await this.snapshots.save(input);
    const onSameFacts = await this.decisions.findBySnapshot(command.applicationId, snapshotId);
    if (onSameFacts) return onSameFacts;

    const outcome = await this.guard.decide(input);
    const decidedAt = new Date();
    const record = await this.decisions.record(
      Object.assign(new DecisionRecordEntity(), {
        id: randomUUID(),
        applicationId: command.applicationId,
        snapshotId,
        commandId,
        tableId: outcome.tableId,
        tableVersion: outcome.version,
        decision: outcome.decision,
        matchedRules: outcome.matchedRules,
        reasons: outcome.reasons,
        conditions: outcome.conditions,
        durationMs: Math.round(outcome.durationMs),
        trigger: command.trigger,
        decidedAt,
      }),
    );
    await this.snapshots.markDecided(snapshotId, {
      tableId: record.tableId,
      version: record.tableVersion,
      decision: record.decision,
      decidedAt,
    });
    this.logger.log(
      {
        applicationId: command.applicationId,
        decision: record.decision,
        tableId: record.tableId,
        version: record.tableVersion,
        correlationId,
      },
      'Credit decision taken',
    );
    return record;
  }
}
