import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Schema as MongooseSchema } from 'mongoose';

/** Partner-specific fields of an application: free-form, so they live in Mongo, keyed by the application. */
@Schema({ collection: 'application_extras', timestamps: true })
export class ApplicationExtra {
  @Prop({ required: true, unique: true })
  applicationId: string;

  @Prop({ type: MongooseSchema.Types.Mixed, required: true })
  extra: Record<string, unknown>;
}

export const ApplicationExtraSchema = SchemaFactory.createForClass(ApplicationExtra);
