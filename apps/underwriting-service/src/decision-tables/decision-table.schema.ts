import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Schema as MongooseSchema } from 'mongoose';

/**
 * One published version of a decision table (JDM JSON in `content`). Append-only: a change is a new
 * version, a rollback republishes an old version's content; the active version is the highest.
 */
@Schema({ collection: 'decision_tables', versionKey: false })
export class DecisionTableVersion {
  @Prop({ required: true })
  tableId: string;

  @Prop({ required: true })
  version: number;

  @Prop({ type: MongooseSchema.Types.Mixed, required: true })
  content: Record<string, unknown>;

  @Prop({ required: true })
  publishedBy: string;

  @Prop({ required: true })
  reason: string;

  @Prop({ required: true })
  publishedAt: Date;

  @Prop({ type: Number, default: null })
  rolledBackFrom: number | null;

  /**
   * Identifies the request that published it. Every replica receives an RPC request (Redis pub/sub), so each
   * tries the publish: the unique key lets one write it and the others answer with that same version.
   */
  @Prop({ required: true, unique: true })
  publishKey: string;

  /** False between the Mongo write and its MySQL audit row; the boot sweep writes rows still missing. */
  @Prop({ required: true, default: false, index: true })
  audited: boolean;
}

export const DecisionTableVersionSchema = SchemaFactory.createForClass(DecisionTableVersion);
DecisionTableVersionSchema.index({ tableId: 1, version: 1 }, { unique: true });
