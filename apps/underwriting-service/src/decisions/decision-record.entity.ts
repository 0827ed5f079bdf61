import type { DecisionConditions, DecisionReason, UnderwritingDecision, UnderwritingTrigger } from '@los/contracts';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One credit decision as taken: the table and version evaluated, the input snapshot, the trace, the reasons and
 * conditions. Unique on (application, snapshot): the same facts are decided once, whatever re-delivers the command.
 */
@Entity('underwriting_decisions')
@Index('uq_underwriting_decisions_snapshot', ['applicationId', 'snapshotId'], { unique: true })
@Index('idx_underwriting_decisions_application', ['applicationId', 'decidedAt'])
@Index('idx_underwriting_decisions_command', ['commandId'])
export class DecisionRecordEntity {
  @PrimaryColumn('char', { length: 36 }) id: string;
  @Column('char', { length: 36, name: 'application_id' }) applicationId: string;
  @Column('varchar', { length: 100, name: 'snapshot_id' }) snapshotId: string;
  /** The evaluate command that took it (a later command on the same snapshot finds it by the snapshot). */
  @Column('char', { length: 36, name: 'command_id' }) commandId: string;
  @Column('varchar', { length: 100, name: 'table_id' }) tableId: string;
  @Column('int', { name: 'table_version' }) tableVersion: number;
  @Column('varchar', { length: 16 }) decision: UnderwritingDecision;
  @Column('json', { name: 'matched_rules' }) matchedRules: string[];
  @Column('json') reasons: DecisionReason[];
  @Column('json') conditions: DecisionConditions;
  @Column('int', { name: 'duration_ms' }) durationMs: number;
  @Column('varchar', { length: 32 }) trigger: UnderwritingTrigger;
  @Column('datetime', { precision: 3, name: 'decided_at' }) decidedAt: Date;
}
