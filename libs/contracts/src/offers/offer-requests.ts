import { Type } from 'class-transformer';
import { IsISO8601, IsIn, IsInt, IsObject, IsString, IsUUID, Matches, Max, Min, ValidateNested } from 'class-validator';
import { DECIMAL_RUPEES, PAN_FORMAT, PARTNER_CODE } from '../validation/patterns.js';

/** What the offer service needs to know of an applicant; money travels as decimal strings. */
export class ApplicantProfile {
  @Matches(/^\d{4}-\d{2}-\d{2}$/) dob: string;
  @Matches(DECIMAL_RUPEES) monthlyIncome: string;
  @Matches(DECIMAL_RUPEES) existingEmiMonthly: string;
  @IsIn(['SALARIED', 'SELF_EMPLOYED']) employmentType: string;
  @Matches(/^[1-9]\d{5}$/) pincode: string;
  @IsString() state: string;
  @Matches(PAN_FORMAT) pan: string;
}

export class LoanAsk {
  @Matches(DECIMAL_RUPEES) amount: string;
  @IsInt() @Min(1) @Max(480) tenureMonths: number;
}

export class ComputeOffersRequest {
  @IsUUID() applicationId: string;
  @ValidateNested() @Type(() => ApplicantProfile) applicant: ApplicantProfile;
  @ValidateNested() @Type(() => LoanAsk) loan: LoanAsk;
}

/** `offer.cmd.compute-offers.v1`: the application's identity as the gateway holds it when KYC is verified. */
export class ComputeOffersCommand extends ComputeOffersRequest {}

/** `offer.evt.offers-computed.v1`: the set is stored; how many lenders made an offer (0 means NO_OFFERS). */
export class OffersComputedEvent {
  @IsUUID() applicationId: string;
  @IsInt() @Min(0) eligibleCount: number;
}

/** `offer.qry.offers.v1`: reads the stored set, never computes. */
export class OfferSetRequest {
  @IsUUID() applicationId: string;
}

export class AcceptOfferRequest {
  @IsUUID() applicationId: string;
  @IsUUID() offerId: string;
}

export class KfsRequest {
  @IsUUID() applicationId: string;
}

export class AcceptedOfferRequest {
  @IsUUID() applicationId: string;
}

export class PartnerCodeRequest {
  @Matches(PARTNER_CODE) partnerCode: string;
}

export class PartnerRulesDiffRequest extends PartnerCodeRequest {
  @IsInt() @Min(1) from: number;
  @IsInt() @Min(1) to: number;
}

export class PublishPartnerRulesRequest extends PartnerCodeRequest {
  /** Validated by the offer service against its rule schema (a bad grid is refused with INVALID_RULES). */
  @IsObject() rules: Record<string, unknown>;
  @IsString() reason: string;
  @IsString() actor: string;
}

/** A time window over a partner's calls; `from` inclusive, `to` exclusive, ISO-8601 instants. */
export class PartnerSlaRequest extends PartnerCodeRequest {
  @IsISO8601({ strict: true }) from: string;
  @IsISO8601({ strict: true }) to: string;
}
