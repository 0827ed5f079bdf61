import { type FirstEmi, resolveFirstEmi } from './broken-period.js';
import * as limits from './emi-limits.constants.js';
import { EmiErrorCode, EmiInputError } from './emi-input.exception.js';
import { type NumberFieldRule, readNumberField } from './number-field.js';

/** A loan to quote: amounts in rupees, rates in percent per annum. */
export interface EmiQuoteInput {
  principal: number;
  annualRatePercent: number;
  tenureMonths: number;
  /** Percentage of the principal, added to `processingFeeFlat`. */
  processingFeePercent?: number;
  processingFeeFlat?: number;
  /** GST on the processing fee; 18 when omitted. */
  gstRatePercent?: number;
  otherCharges?: number;
  /** `YYYY-MM-DD`, both or neither: they add broken-period interest and due dates. */
  disbursalDate?: string;
  firstEmiDate?: string;
}

/**
 * A validated loan. Amounts carry at most 2 decimals and percentages at most 4, so each is an
 * exact count of paise or ppm (`toPaise`, `toPpm`); the engine computes only on those integers.
 */
export interface LoanTerms {
  readonly principal: number;
  readonly annualRatePercent: number;
  readonly tenureMonths: number;
  readonly processingFeePercent: number;
  readonly processingFeeFlat: number;
  readonly gstRatePercent: number;
  readonly otherCharges: number;
  readonly firstEmi?: FirstEmi;
}

export const PRINCIPAL_RULE = rule(limits.MIN_PRINCIPAL, limits.MAX_PRINCIPAL, limits.AMOUNT_DECIMALS);
export const RATE_RULE = rule(0, limits.MAX_ANNUAL_RATE_PERCENT, limits.PERCENT_DECIMALS);
export const TENURE_RULE = rule(1, limits.MAX_TENURE_MONTHS, 0);
const FEE_PERCENT_RULE = rule(0, 100, limits.PERCENT_DECIMALS);
const FEE_AMOUNT_RULE = rule(0, limits.MAX_PRINCIPAL, limits.AMOUNT_DECIMALS);

/** Checks every field; the fees-versus-principal check needs the fee amounts and lives in `fees.ts`. */
export function validateEmiInput(input: unknown): LoanTerms {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new EmiInputError(EmiErrorCode.InvalidInput, 'input', 'the loan input must be an object');
  }
  const fields = input as Record<keyof EmiQuoteInput, unknown>;
  return {
    principal: readNumberField(fields.principal, 'principal', EmiErrorCode.InvalidPrincipal, PRINCIPAL_RULE),
    annualRatePercent: readNumberField(fields.annualRatePercent, 'annualRatePercent', EmiErrorCode.InvalidRate, RATE_RULE),
    tenureMonths: readNumberField(fields.tenureMonths, 'tenureMonths', EmiErrorCode.InvalidTenure, TENURE_RULE),
    processingFeePercent: readFee(fields, 'processingFeePercent', FEE_PERCENT_RULE),
    processingFeeFlat: readFee(fields, 'processingFeeFlat', FEE_AMOUNT_RULE),
    gstRatePercent: readFee(fields, 'gstRatePercent', FEE_PERCENT_RULE, limits.DEFAULT_GST_RATE_PERCENT),
    otherCharges: readFee(fields, 'otherCharges', FEE_AMOUNT_RULE),
    firstEmi: resolveFirstEmi(fields.disbursalDate, fields.firstEmiDate),
  };
}

function readFee(
  fields: Record<keyof EmiQuoteInput, unknown>,
  field: keyof EmiQuoteInput,
  fieldRule: NumberFieldRule,
  fallback = 0,
): number {
  const value = fields[field];
  return readNumberField(value === undefined ? fallback : value, field, EmiErrorCode.InvalidFees, fieldRule);
}

function rule(min: number, max: number, decimals: number): NumberFieldRule {
  return { min, max, decimals };
}
