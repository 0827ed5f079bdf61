import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { KycAddress, KycStatus, KycStatusReply } from '@los/contracts';
import { Schema as MongooseSchema } from 'mongoose';
import type { MatchDecision, MatchReason } from '../matching/index.js';
import type { SourceName, SourceReport } from '../sources/identity-source.js';
import type { ComponentScores } from './source-assessment.js';

export interface DeclaredIdentity {
  fullName: string;
  dob: string;
  gender: string | null;
  address: KycAddress;
  pan: string;
  ckycNumber: string | null;
}

/** A source's last answer (redacted), every call made to it, and how it compared. */
export interface SourceState extends SourceReport {
  match: { decision: MatchDecision | null; score: number | null; components: ComponentScores; reasons: MatchReason[] };
  checkedAt: string;
}

export type SourceStates = Partial<Record<SourceName, SourceState>>;

/**
 * One KYC attempt of an application (`kycId`); an application's earlier attempts stay as history.
 * The Aadhaar number is never here: only its vault token and last four digits.
 */
@Schema({ collection: 'kyc_checks', versionKey: false })
export class KycCheck {
  @Prop({ required: true, unique: true })
  kycId: string;

  @Prop({ required: true, index: true })
  applicationId: string;

  @Prop({ required: true })
  commandId: string;

  @Prop({ required: true })
  correlationId: string;

  /** The service the results go back to. */
  @Prop({ required: true })
  sender: string;

  @Prop({ type: String, default: null })
  partnerCode: string | null;

  @Prop({ type: MongooseSchema.Types.Mixed, required: true })
  applicant: DeclaredIdentity;

  @Prop({ required: true })
  vaultToken: string;

  @Prop({ required: true })
  aadhaarLast4: string;

  /** The Aadhaar OTP request the eKYC call redeems (its OTP lives there, sealed, until it expires). */
  @Prop({ type: String, default: null })
  otpRequestId: string | null;

  @Prop({ required: true })
  status: KycStatus;

  @Prop({ type: Number, default: null })
  score: number | null;

  @Prop({ type: [String], default: [] })
  reasons: string[];

  @Prop({ type: MongooseSchema.Types.Mixed, default: null })
  components: KycStatusReply['components'] | null;

  @Prop({ type: MongooseSchema.Types.Mixed, default: {} })
  sources: SourceStates;

  @Prop({ type: String, default: null })
  ckycNumber: string | null;

  /** 0 while in progress; 1 at completion; +1 each time a re-drive changes the result. */
  @Prop({ required: true, default: 0 })
  revision: number;

  /** A re-driven revision not yet on the sender's events queue. */
  @Prop({ required: true, default: false, index: true })
  publishPending: boolean;

  @Prop({ type: Date, default: null, index: true })
  redriveDueAt: Date | null;

  @Prop({ required: true, default: 0 })
  redriveCount: number;

  @Prop({ required: true })
  startedAt: Date;

  @Prop({ type: Date, default: null })
  completedAt: Date | null;
}

export const KycCheckSchema = SchemaFactory.createForClass(KycCheck);
KycCheckSchema.index({ applicationId: 1, startedAt: -1 });
