import { Type } from 'class-transformer';
import {
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { DECIMAL_RUPEES, PAN_FORMAT, PARTNER_CODE } from '../validation/patterns.js';
import { UnderwritingDecision, type DecisionConditions, type DecisionReason } from './underwriting-decision.js';

/** What made the gateway ask for a decision: the acceptance, or a re-evaluation of a referred case. */
export enum UnderwritingTrigger {
  Acceptance = 'ACCEPTANCE',
  DocumentReceived = 'DOCUMENT_RECEIVED',
  BureauRefresh = 'BUREAU_REFRESH',
}

/** The applicant as the gateway holds them; money as rupee decimal strings. */
export class UnderwritingApplicant {
  @Matches(PAN_FORMAT) pan: string;
  @Matches(/^\d{4}-\d{2}-\d{2}$/) dob: string;
  @IsIn(['SALARIED', 'SELF_EMPLOYED']) employmentType: string;
  @Matches(DECIMAL_RUPEES) monthlyIncome: string;
  @Matches(DECIMAL_RUPEES) existingEmiMonthly: string;
  @Matches(/^[1-9]\d{5}$/) pincode: string;
}

export class UnderwritingLoanRequest {
  @Matches(DECIMAL_RUPEES) amount: string;
  @IsInt() @Min(1) @Max(480) tenureMonths: number;
  @IsString() @Length(1, 60) purpose: string;
}

/** Payload of `underwriting.cmd.evaluate.v1`: the application's facts; the service gathers the rest itself. */
export class UnderwritingEvaluateCommand {
  @IsUUID() applicationId: string;
  @IsIn(Object.values(UnderwritingTrigger)) trigger: UnderwritingTrigger;
  @IsUUID() offerId: string;
  @Matches(PARTNER_CODE) partnerCode: string;
  @IsString() @Length(1, 40) product: string;
  @ValidateNested() @Type(() => UnderwritingApplicant) applicant: UnderwritingApplicant;
  @ValidateNested() @Type(() => UnderwritingLoanRequest) loan: UnderwritingLoanRequest;
  /** The gateway's KYC status of the application (VERIFIED once offers exist). */
  @IsString() @Length(1, 20) kycStatus: string;
  /** Types of the documents on file (uploaded and checked). */
  @IsArray() @IsString({ each: true }) @MaxLength(40, { each: true }) documents: string[];
}

export class DecisionReasonMessage implements DecisionReason {
  @IsString() @Length(1, 64) code: string;
  @IsString() @MaxLength(300) text: string;
  @IsBoolean() borrowerFacing: boolean;
}

export class DecisionConditionsMessage implements DecisionConditions {
  @IsOptional() @Matches(DECIMAL_RUPEES) maxAmount?: string;
  @IsOptional() @IsArray() @IsString({ each: true }) documentsRequired?: string[];
}

/** Payload of `underwriting.evt.decided.v1`: one decision, recorded once per application and input snapshot. */
export class UnderwritingDecidedEvent {
  @IsUUID() applicationId: string;
  @IsUUID() decisionId: string;
  @IsString() @Length(1, 100) snapshotId: string;
  @IsIn(Object.values(UnderwritingDecision)) decision: UnderwritingDecision;
  @IsString() @MaxLength(100) tableId: string;
  @IsInt() @Min(0) version: number;
  @IsArray() @ValidateNested({ each: true }) @Type(() => DecisionReasonMessage) reasons: DecisionReasonMessage[];
  @ValidateNested() @Type(() => DecisionConditionsMessage) conditions: DecisionConditionsMessage;
  @IsIn(Object.values(UnderwritingTrigger)) trigger: UnderwritingTrigger;
}

/** `underwriting.qry.decision.v1`: the latest decision of an application. */
export class UnderwritingDecisionRequest {
  @IsUUID() applicationId: string;
}

/** The latest decision as recorded, in full (the gateway trims it for the borrower). */
export interface UnderwritingDecisionReply {
  decisionId: string;
  applicationId: string;
  decision: UnderwritingDecision;
  tableId: string;
  version: number;
  snapshotId: string;
  matchedRules: string[];
  reasons: DecisionReason[];
  conditions: DecisionConditions;
  durationMs: number;
  trigger: UnderwritingTrigger;
  decidedAt: string;
}
