import { Type } from 'class-transformer';
import { IsIn, IsInt, IsObject, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { PAN_FORMAT } from '../validation/patterns.js';
import { IsSafeText } from '../validation/text-validators.js';

export const KYC_STATUSES = ['IN_PROGRESS', 'VERIFIED', 'REVIEW', 'FAILED'] as const;
export type KycStatus = (typeof KYC_STATUSES)[number];
export type MatchDecision = 'MATCH' | 'REVIEW' | 'NO_MATCH';

export class KycAddress {
  @IsString() @Length(1, 200) @IsSafeText() line1: string;
  @IsOptional() @IsString() @MaxLength(200) @IsSafeText() line2?: string;
  @IsString() @Length(1, 80) @IsSafeText() city: string;
  @IsString() @Length(1, 80) @IsSafeText() state: string;
  @Matches(/^[1-9]\d{5}$/) pincode: string;
}

export class VaultAadhaarRequest {
  @Matches(/^[2-9]\d{11}$/) aadhaar: string;
}

export interface VaultAadhaarReply {
  vaultToken: string;
  last4: string;
}

/** Payload of `kyc.req.aadhaar-otp.v1`: the number goes to the vault and UIDAI texts its holder an OTP. */
export class AadhaarOtpRequest {
  /** Chosen by the gateway: every kyc-service replica receiving the request claims the same id, one sends the OTP. */
  @IsUUID() otpRequestId: string;
  @IsUUID() applicationId: string;
  @Matches(/^[2-9]\d{11}$/) aadhaar: string;
}

export interface AadhaarOtpReply {
  otpRequestId: string;
  aadhaarLast4: string;
  expiresAt: string;
}

/** Payload of `kyc.req.aadhaar-otp-confirm.v1`: the OTP stays in kyc-service, never in a recorded command. */
export class AadhaarOtpConfirmRequest {
  @IsUUID() applicationId: string;
  @IsUUID() otpRequestId: string;
  @Matches(/^\d{6}$/) otp: string;
}

/** Payload of `kyc.cmd.verify.v1`. The Aadhaar number itself never travels: only its vault token. */
export class KycVerifyCommand {
  @IsUUID() applicationId: string;
  @IsUUID() kycId: string;
  @IsString() @Length(10, 100) vaultToken: string;
  @Matches(/^\d{4}$/) aadhaarLast4: string;
  /** The confirmed Aadhaar OTP request whose transaction and OTP the eKYC call redeems. */
  @IsOptional() @IsUUID() otpRequestId?: string;
  @Matches(PAN_FORMAT) pan: string;
  @IsOptional() @Matches(/^\d{14}$/) ckycNumber?: string;
  @IsString() @Length(2, 100) @IsSafeText() fullName: string;
  @Matches(/^\d{4}-\d{2}-\d{2}$/) dob: string;
  @IsOptional() @IsIn(['M', 'F', 'T']) gender?: string;
  @ValidateNested() @Type(() => KycAddress) address: KycAddress;
  /** Selects per-NBFC match thresholds when configured. */
  @IsOptional() @IsString() partnerCode?: string;
}

/** Payload of `kyc.evt.completed.v1`. */
export class KycCompletedEvent {
  @IsUUID() applicationId: string;
  @IsUUID() kycId: string;
  @IsIn(['VERIFIED', 'REVIEW', 'FAILED']) status: Exclude<KycStatus, 'IN_PROGRESS'>;
  @IsInt() @Min(0) @Max(100) score: number;
  @IsString({ each: true }) reasons: string[];
  /** Increases each time a re-driven attempt reports again; the gateway applies only newer ones. */
  @IsInt() @Min(1) revision: number;
}

export class KycStatusRequest {
  @IsUUID() applicationId: string;
}

export interface KycSourceView {
  source: 'PAN' | 'AADHAAR' | 'CKYC';
  status: 'PENDING' | 'OK' | 'NOT_FOUND' | 'UNAVAILABLE' | 'ERROR';
  attempts: number;
  lastError: string | null;
}

export interface KycStatusReply {
  kycId: string;
  status: KycStatus;
  score: number | null;
  reasons: string[];
  components: {
    name: { pan: number | null; aadhaar: number | null; ckyc: number | null };
    dob: number | null;
    address: number | null;
    gender: number | null;
  };
  sources: KycSourceView[];
  aadhaarLast4: string;
  ckycNumber: string | null;
  pan: string;
  attempt: number;
  history: { kycId: string; status: KycStatus; score: number | null; startedAt: string; completedAt: string | null }[];
}

export class NameMatchRequest {
  @IsString() @Length(1, 200) name1: string;
  @IsString() @Length(1, 200) name2: string;
}

export class IdentityPerson {
  @IsString() @Length(1, 200) name: string;
  @IsString() @Length(1, 20) dob: string;
  @IsOptional() address?: unknown;
}

export class IdentityMatchRequest {
  @IsObject() @ValidateNested() @Type(() => IdentityPerson) applicant: IdentityPerson;
  @IsObject() @ValidateNested() @Type(() => IdentityPerson) source: IdentityPerson;
}

export interface MatchReply {
  score: number;
  decision: MatchDecision;
  reasons: { code: string; detail: string }[];
  components: Record<string, number>;
}
