import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { UnderwritingDecision, UnderwritingInput } from '@los/contracts';
import { Schema as MongooseSchema } from 'mongoose';

export interface SnapshotDecision {
  tableId: string;
  version: number;
  decision: UnderwritingDecision;
  decidedAt: Date;
}

/** The input of an evaluation as taken, keyed by its hash: replay and simulation run on it. */
@Schema({ collection: 'underwriting_snapshots', versionKey: false })
export class UnderwritingSnapshot {
  /** sha256 (hex) of the input's canonical JSON. */
  @Prop({ required: true, unique: true })
  snapshotId: string;

  @Prop({ required: true, index: true })
  applicationId: string;

  @Prop({ type: MongooseSchema.Types.Mixed, required: true })
  input: UnderwritingInput;

  @Prop({ required: true })
  createdAt: Date;

  /** The latest decision taken on this input. */
  @Prop({ type: MongooseSchema.Types.Mixed, default: null })
  decided: SnapshotDecision | null;
}

export const UnderwritingSnapshotSchema = SchemaFactory.createForClass(UnderwritingSnapshot);
UnderwritingSnapshotSchema.index({ 'decided.tableId': 1, 'decided.decidedAt': -1 });
