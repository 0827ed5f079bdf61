import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsArray,
  IsEmail,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { EMPLOYMENT_TYPES, PARTNER_STATUSES, type EmploymentType, type PartnerStatus } from './partner-rules.js';

const RUPEES = { allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 };
const PERCENT = { allowNaN: false, allowInfinity: false, maxDecimalPlaces: 4 };
// The EMI engine prices ₹1,000 to ₹10,00,00,000 at 0-60% a year over 1-480 months.
const MIN_LOAN = 1_000;
const MAX_LOAN = 100_000_000;

export class AmountRangeDto {
  @IsNumber(RUPEES) @Min(MIN_LOAN) @Max(MAX_LOAN) min: number;
  @IsNumber(RUPEES) @Min(MIN_LOAN) @Max(MAX_LOAN) max: number;
}

export class IncomeBandDto {
  @IsNumber(RUPEES) @Min(0) min: number;
  @IsOptional() @IsNumber(RUPEES) @Min(0) below?: number;
}

export class ScoreBandDto {
  @IsInt() @Min(300) @Max(900) min: number;
  @IsInt() @Min(300) @Max(900) max: number;
}

export class RateBandDto {
  @IsIn(EMPLOYMENT_TYPES) employmentType: EmploymentType;
  @IsObject() @ValidateNested() @Type(() => IncomeBandDto) income: IncomeBandDto;
  @IsObject() @ValidateNested() @Type(() => ScoreBandDto) score: ScoreBandDto;
  @IsNumber(PERCENT) @Min(0) @Max(60) annualRatePercent: number;
}

export class ProcessingFeeDto {
  @IsNumber(PERCENT) @Min(0) @Max(100) percent: number;
  @IsNumber(RUPEES) @Min(0) @Max(MAX_LOAN) flat: number;
  @IsOptional() @IsNumber(RUPEES) @Min(0) @Max(MAX_LOAN) min?: number;
  @IsOptional() @IsNumber(RUPEES) @Min(0) @Max(MAX_LOAN) max?: number;
}

export class AgeLimitsDto {
  @IsInt() @Min(18) @Max(100) minAtApplication: number;
  @IsInt() @Min(18) @Max(100) maxAtApplication: number;
  @IsInt() @Min(18) @Max(100) maxAtMaturity: number;
}

export class ServiceableAreaDto {
  @IsArray() @ArrayMaxSize(1_000) @Matches(/^[1-9]\d{0,5}$/, { each: true }) pincodePrefixes: string[];
  @IsArray() @ArrayMaxSize(40) @IsString({ each: true }) @Length(2, 60, { each: true }) states: string[];
}

export class GrievanceContactDto {
  @IsString() @Length(2, 100) officer: string;
  @IsEmail() @MaxLength(254) email: string;
  @Matches(/^\+?[0-9][0-9 -]{6,18}[0-9]$/, { message: 'phone must be 8-20 digits, spaces or dashes' }) phone: string;
}

/** The shape of a published rule set; cross-field checks live in `partner-rules.validator.ts`. */
export class PartnerRulesDto {
  @IsIn(PARTNER_STATUSES) status: PartnerStatus;
  @IsObject() @ValidateNested() @Type(() => AmountRangeDto) amount: AmountRangeDto;
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(48)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(480, { each: true })
  tenureMonths: number[];

  @IsArray() @ArrayNotEmpty() @ArrayMaxSize(500) @ValidateNested({ each: true }) @Type(() => RateBandDto) rateGrid: RateBandDto[];
  @IsObject() @ValidateNested() @Type(() => ProcessingFeeDto) processingFee: ProcessingFeeDto;
  @IsNumber(PERCENT) @Min(0) @Max(100) gstPercent: number;
  @IsObject() @ValidateNested() @Type(() => AgeLimitsDto) age: AgeLimitsDto;
  @IsNumber(RUPEES) @Min(0) minMonthlyIncome: number;
  // FOIR is a share of income in (0, 100]: a zero cap would lend to nobody.
  @IsNumber(PERCENT) @Min(0.0001) @Max(100) maxFoirPercent: number;
  @IsObject() @ValidateNested() @Type(() => ServiceableAreaDto) serviceable: ServiceableAreaDto;
  @IsInt() @Min(300) @Max(900) minBureauScore: number;
  @IsInt() @Min(0) @Max(90) offerValidityDays: number;
  // RBI digital lending guidelines (2022): a cooling-off period of at least one day.
  @IsInt() @Min(1) @Max(30) coolingOffDays: number;
  @IsObject() @ValidateNested() @Type(() => GrievanceContactDto) grievance: GrievanceContactDto;
}
