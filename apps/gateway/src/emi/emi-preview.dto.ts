import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Allow } from 'class-validator';

/**
 * Fields are passed untouched to the offer service's EMI engine, which validates them and answers a
 * code naming the field (INVALID_PRINCIPAL, INVALID_RATE, ...); unknown fields are still refused here.
 */
export class EmiPreviewDto {
  @ApiProperty({ type: Number, example: 20000, description: '1,000 to 10,00,00,000, at most 2 decimals' }) @Allow() principal: unknown;
  @ApiProperty({ type: Number, example: 15, description: '0 to 60' }) @Allow() annualRatePercent: unknown;
  @ApiProperty({ type: 'integer', example: 24, description: '1 to 480' }) @Allow() tenureMonths: unknown;
  @ApiPropertyOptional({ type: Number, example: 0 }) @Allow() processingFeePercent?: unknown;
  @ApiPropertyOptional({ type: Number, example: 400 }) @Allow() processingFeeFlat?: unknown;
  @ApiPropertyOptional({ type: Number, example: 18, description: 'GST on the processing fee, default 18' }) @Allow() gstPercent?: unknown;
  @ApiPropertyOptional({ type: Number, example: 0 }) @Allow() otherCharges?: unknown;
  @ApiPropertyOptional({ type: String, format: 'date', example: '2026-01-05' }) @Allow() disbursalDate?: unknown;
  @ApiPropertyOptional({ type: String, format: 'date', example: '2026-02-10' }) @Allow() firstEmiDate?: unknown;
  @ApiPropertyOptional({ type: Boolean, default: true }) @Allow() includeSchedule?: unknown;
}
