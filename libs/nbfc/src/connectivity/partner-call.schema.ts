import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Schema as MongooseSchema } from 'mongoose';

/** One call to a partner with its redacted payloads: the raw trail behind quotes, submissions and SLA figures. */
@Schema({ collection: 'partner_calls', versionKey: false })
export class PartnerCall {
  @Prop({ required: true, index: true }) partner: string;
  @Prop({ required: true }) operation: string;
  @Prop({ required: true }) correlationId: string;
  @Prop({ required: true }) requestId: string;
  @Prop({ type: String, default: null }) applicationId: string | null;
  @Prop({ required: true, index: true }) startedAt: Date;
  @Prop({ required: true }) latencyMs: number;
  @Prop({ required: true }) outcome: string;
  @Prop({ type: String, default: null }) errorCode: string | null;
  @Prop({ type: MongooseSchema.Types.Mixed }) request: unknown;
  @Prop({ type: MongooseSchema.Types.Mixed }) response: unknown;
}

export const PartnerCallSchema = SchemaFactory.createForClass(PartnerCall);
