import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

/** The only place a full Aadhaar number exists: encrypted, found again by its HMAC fingerprint. */
@Schema({ collection: 'aadhaar_vault', timestamps: { createdAt: true, updatedAt: false }, versionKey: false })
export class AadhaarVaultRecord {
  @Prop({ required: true, unique: true })
  token: string;

  /** HMAC-SHA256 of the number; unique, so two replicas racing on one number end with one token. */
  @Prop({ required: true, unique: true })
  fingerprint: string;

  @Prop({ required: true })
  keyId: string;

  @Prop({ required: true })
  iv: string;

  @Prop({ required: true })
  ciphertext: string;

  @Prop({ required: true })
  tag: string;

  @Prop({ required: true })
  last4: string;
}

export const AadhaarVaultRecordSchema = SchemaFactory.createForClass(AadhaarVaultRecord);
