import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';

/**
 * `slow` answers late, `error` 503, `rate_limit` 429 with Retry-After, `timeout` holds the request past any
 * client's patience then 504, `down` drops the connection, `reject` 422 (a non-retryable partner refusal).
 */
export const LENDER_FAULT_MODES = ['none', 'slow', 'error', 'rate_limit', 'timeout', 'down', 'reject'] as const;
export type LenderFaultMode = (typeof LENDER_FAULT_MODES)[number];

export class WebhookFaultsDto {
  /** Deliver every webhook twice. */
  @IsOptional() @IsBoolean() duplicate?: boolean;
  /** Deliver webhooks in pairs, the later one first. */
  @IsOptional() @IsBoolean() outOfOrder?: boolean;
}

export class SetLenderFaultDto {
  @IsIn(LENDER_FAULT_MODES) mode: LenderFaultMode;
  @IsOptional() @IsInt() @Min(0) @Max(120_000) latencyMs?: number;
  /** Share of requests faulted, spread evenly, the first one faulted. */
  @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(0) @Max(1) ratio?: number;
  /** Fault only the next N requests, then recover. */
  @IsOptional() @IsInt() @Min(1) @Max(10_000) failNext?: number;
  @IsOptional() @IsInt() @Min(0) @Max(3_600) retryAfterSeconds?: number;
  /** Fault only requests whose route (`POST /lenders/x/v1/...`) contains this; others pass untouched and uncounted. */
  @IsOptional() @IsString() @MaxLength(200) route?: string;
  @IsOptional() @ValidateNested() @Type(() => WebhookFaultsDto) webhooks?: WebhookFaultsDto;
}

export class WebhookTargetDto {
  /** Where the lender posts its webhooks; empty stops them. */
  @IsString() @Matches(/^(https?:\/\/.+)?$/) url: string;
}

export class WebhookRetriesDto {
  /** Off: a webhook not answered 2xx is not posted again (the fault a lender without retries is). */
  @IsOptional() @IsBoolean() enabled?: boolean;
  /** Attempts in all, the first one included. */
  @IsOptional() @IsInt() @Min(1) @Max(10) maxAttempts?: number;
  /** Wait before the first retry; each further one waits twice as long. */
  @IsOptional() @IsInt() @Min(0) @Max(60_000) baseDelayMs?: number;
}
