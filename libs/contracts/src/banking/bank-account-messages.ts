import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsSafeText } from '../validation/text-validators.js';
import type { MatchDecision } from '../kyc/kyc-messages.js';
import { ACCOUNT_NUMBER_FORMAT } from './bank-account-number.js';
import { IFSC_FORMAT } from './ifsc.js';

export const BANK_ACCOUNT_STATUSES = ['PENDING', 'VERIFIED', 'REVIEW', 'REJECTED'] as const;
export type BankAccountStatus = (typeof BANK_ACCOUNT_STATUSES)[number];
/** What a finished verification can say (PENDING is the gateway's state while it waits). */
export const BANK_VERIFICATION_RESULTS = ['VERIFIED', 'REVIEW', 'REJECTED'] as const;
export type BankVerificationResult = (typeof BANK_VERIFICATION_RESULTS)[number];
export const MATCH_DECISIONS: readonly MatchDecision[] = ['MATCH', 'REVIEW', 'NO_MATCH'];

/**
 * Payload of `disbursal.req.store-bank-account.v1`: the full number goes to disbursal-service, which keeps it
 * encrypted and answers an account id; only that id travels in recorded commands.
 */
export class StoreBankAccountRequest {
  @IsUUID() applicationId: string;
  @Matches(IFSC_FORMAT) ifsc: string;
  @Matches(ACCOUNT_NUMBER_FORMAT) accountNumber: string;
  @IsString() @Length(2, 100) @IsSafeText() holderName: string;
}

export interface StoreBankAccountReply {
  accountId: string;
  accountLast4: string;
}

/** Payload of `disbursal.cmd.verify-bank-account.v1`: penny-drop the stored account and match its name with the KYC name. */
export class VerifyBankAccountCommand {
  @IsUUID() applicationId: string;
  @IsUUID() accountId: string;
  /** The applicant's name as KYC verified it (the application's KYC-bound name). */
  @IsString() @Length(2, 100) @IsSafeText() kycName: string;
}

export class NameMatchOutcome {
  @IsIn(MATCH_DECISIONS) decision: MatchDecision;
  @IsInt() @Min(0) @Max(100) score: number;
}

/** Payload of `disbursal.evt.bank-account-verified.v1`. */
export class BankAccountVerifiedEvent {
  @IsUUID() applicationId: string;
  @IsUUID() accountId: string;
  @IsIn(BANK_VERIFICATION_RESULTS) status: BankVerificationResult;
  /** Stable reason code of a REVIEW or REJECTED (NAME_MISMATCH, NAME_NEEDS_REVIEW, ACCOUNT_NOT_FOUND, ...). */
  @IsOptional() @IsString() @MaxLength(200) reason?: string;
  @Matches(/^\d{4}$/) accountLast4: string;
  /** Absent when the bank answered no name to compare (the account does not exist). */
  @IsOptional() @ValidateNested() @Type(() => NameMatchOutcome) nameMatch?: NameMatchOutcome;
}
