import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Allow } from 'class-validator';
import { MONEY_INPUT } from '../offers/offer.views.js';

/**
 * Fields are passed untouched to the offer service's EMI engine, which validates them and answers a
 * code naming the field (INVALID_PRINCIPAL, INVALID_RATE, ...); unknown fields are still refused here.
 */
export class EmiPreviewDto {
  @ApiProperty({
    ...MONEY_INPUT,
    example: '20000.00',
    description: 'Rupees, 1,000 to 10,00,00,000, a decimal string with at most 2 decimals (a JSON number is deprecated)',
  })
  @Allow()
  principal: unknown;
  @ApiProperty({ type: Number, example: 15, description: '0 to 60' }) @Allow() annualRatePercent: unknown;
  @ApiProperty({ type: 'integer', example: 24, description: '1 to 480' }) @Allow() tenureMonths: unknown;
  @ApiPropertyOptional({ type: Number, example: 0 }) @Allow() processingFeePercent?: unknown;
  @ApiPropertyOptional({ ...MONEY_INPUT, example: '400.00', description: 'Rupees (a JSON number is deprecated)' })
  @Allow()
  processingFeeFlat?: unknown;
  @ApiPropertyOptional({ type: Number, example: 18, description: 'GST on the processing fee, default 18' }) @Allow() gstPercent?: unknown;
  @ApiPropertyOptional({ ...MONEY_INPUT, example: '0.00', description: 'Rupees (a JSON number is deprecated)' })
  @Allow()
  otherCharges?: unknown;
  @ApiPropertyOptional({ type: String, format: 'date', example: '2026-01-05' }) @Allow() disbursalDate?: unknown;
  @ApiPropertyOptional({ type: String, format: 'date', example: '2026-02-10' }) @Allow() firstEmiDate?: unknown;
  @ApiPropertyOptional({ type: Boolean, default: true }) @Allow() includeSchedule?: unknown;
}
