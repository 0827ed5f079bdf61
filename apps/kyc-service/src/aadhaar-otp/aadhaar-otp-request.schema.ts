import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Schema as MongooseSchema } from 'mongoose';
import type { SealedAadhaar } from '../vault/aadhaar-cipher.js';

/**
 * One OTP UIDAI sent (its id is the gateway's, so every replica receiving the request claims the same record
 * and only one texts the holder) to an Aadhaar holder for an application: its transaction and, once the applicant
 * typed it, the OTP sealed like a vault record. Gone when UIDAI's transaction expires (TTL index).
 */
@Schema({ collection: 'aadhaar_otp_requests', versionKey: false })
export class AadhaarOtpRequestRecord {
  @Prop({ required: true, unique: true })
  otpRequestId: string;

  @Prop({ required: true })
  applicationId: string;

  @Prop({ required: true })
  vaultToken: string;

  @Prop({ required: true })
  aadhaarLast4: string;

  /** Null while the replica that claimed the request is asking UIDAI. */
  @Prop({ type: String, default: null })
  txnId: string | null;

  @Prop({ type: MongooseSchema.Types.Mixed, default: null })
  sealedOtp: SealedAadhaar | null;

  @Prop({ required: true })
  expiresAt: Date;
}

export const AadhaarOtpRequestSchema = SchemaFactory.createForClass(AadhaarOtpRequestRecord);
AadhaarOtpRequestSchema.index({ expiresAt: 1 }, { expireAfterSeconds: 0 });
