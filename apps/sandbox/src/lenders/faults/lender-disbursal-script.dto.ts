import { IsBoolean, IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

/**
 * How the lender's next disbursal ends: paid (the default) or failed at the bank with a reason, a paid amount other
 * than the one asked for (`paidAmountDelta` rupees, e.g. "-100.00"), and its webhooks withheld (a lost webhook).
 */
export class LenderDisbursalScriptDto {
  @IsOptional() @IsIn(['paid', 'failed']) outcome?: 'paid' | 'failed';
  @IsOptional() @IsString() @MaxLength(120) failureReason?: string;
  @IsOptional() @Matches(/^-?\d{1,9}\.\d{2}$/) paidAmountDelta?: string;
  @IsOptional() @IsBoolean() withholdWebhooks?: boolean;
}
