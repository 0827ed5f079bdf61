import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

/** Each execution of a probe command, kept in Mongo to exercise the service's document store. */
@Schema({ collection: 'probe_runs', timestamps: { createdAt: true, updatedAt: false } })
export class ProbeRun {
  @Prop({ required: true, index: true })
  commandId: string;

  @Prop({ required: true })
  processedBy: string;

  @Prop({ required: true })
  correlationId: string;
}

export const ProbeRunSchema = SchemaFactory.createForClass(ProbeRun);
