import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { DECIMAL_RUPEES, PAN_FORMAT, PARTNER_CODE, PARTNER_EVENT_ID, PARTNER_REFERENCE, UTR_FORMAT } from '../validation/patterns.js';
import { PartnerStatus } from './partner-status.js';

/** The borrower as the lender of the accepted offer receives them; money as decimal strings in rupees. */
export class PartnerApplicant {
  @IsString() @Length(2, 100) fullName: string;
  @Matches(/^\d{4}-\d{2}-\d{2}$/) dob: string;
  @Matches(PAN_FORMAT) pan: string;
  @Matches(/^\d{10}$/) mobile: string;
  @IsString() @Length(3, 254) email: string;
  @IsIn(['SALARIED', 'SELF_EMPLOYED']) employmentType: 'SALARIED' | 'SELF_EMPLOYED';
  @Matches(DECIMAL_RUPEES) monthlyIncome: string;
  @Matches(DECIMAL_RUPEES) existingEmiMonthly: string;
  @Matches(/^[1-9]\d{5}$/) pincode: string;
  @IsString() @Length(1, 60) city: string;
  @IsString() @Length(1, 60) state: string;
}

/** Payload of `offer.cmd.submit-to-partner.v1`: send the application to the lender of its accepted offer. */
export class SubmitToPartnerCommand {
  @IsUUID() applicationId: string;
  @IsUUID() offerId: string;
  @ValidateNested() @Type(() => PartnerApplicant) applicant: PartnerApplicant;
  @IsString() @Length(1, 60) purpose: string;
}

/** Payload of `offer.evt.partner-submission.v1`. `submitted: false` names why (rule-priced lender, refused). */
export class PartnerSubmissionEvent {
  @IsUUID() applicationId: string;
  @Matches(PARTNER_CODE) partnerCode: string;
  @IsBoolean() submitted: boolean;
  @IsOptional() @IsString() @MaxLength(100) partnerReference?: string;
  @IsOptional() @IsIn(Object.values(PartnerStatus)) partnerStatus?: PartnerStatus;
  @IsOptional() @IsString() @MaxLength(64) reason?: string;
}

/** A lender's webhook as received: its headers and its exact bytes (base64), so the signature can be checked. */
export class PartnerWebhookRequest {
  @Matches(PARTNER_CODE) partnerCode: string;
  @IsObject() headers: Record<string, string>;
  @IsString() @MaxLength(1_400_000) rawBodyBase64: string;
  @IsString() @MaxLength(100) correlationId: string;
}

/** One authentic partner event, normalised; `occurredAt` in UTC (`…Z`). */
export class PartnerEventView {
  @Matches(PARTNER_EVENT_ID) eventId: string;
  @Matches(PARTNER_REFERENCE) partnerReference: string;
  @IsIn(Object.values(PartnerStatus)) status: PartnerStatus;
  @IsISO8601({ strict: true, strictSeparator: true }) @Matches(/Z$/) occurredAt: string;
  /** Disbursal news: the amount paid out (rupees), its UTR, the value date and a failure's reason, as the lender sent them. */
  @IsOptional() @Matches(DECIMAL_RUPEES) amount?: string;
  @IsOptional() @Matches(UTR_FORMAT) utr?: string;
  @IsOptional() @Matches(/^\d{4}-\d{2}-\d{2}$/) valueDate?: string;
  @IsOptional() @IsString() @MaxLength(200) reason?: string;
}

export interface PartnerWebhookReply {
  events: PartnerEventView[];
}

/**
 * One enabled partner connection as the offer service shares it. Credentials are `env:`/`file:` references that
 * the reading service resolves itself; only a sandbox lender's (path relative to SANDBOX_URL) may hold values.
 */
export interface PartnerConnectionView {
  partnerCode: string;
  adapterType: string;
  baseUrlPath: string;
  credentials: Record<string, string>;
  /** The partner's timeouts, concurrency, breaker and retry (`ResilienceOptions` of `@los/nbfc`). */
  resilience: Record<string, unknown>;
  sla: { quoteMs: number; decisionMs: number; disbursalMs: number };
}

export interface PartnerConnectionsReply {
  connections: PartnerConnectionView[];
}
