import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ScheduleRowView } from '../offers/offer.views.js';

export class EmiPreviewView {
  @ApiProperty({ example: 969.73 }) emi: number;
  @ApiProperty() totalInterest: number;
  @ApiProperty() totalPayable: number;
  @ApiProperty() processingFee: number;
  @ApiProperty() gstOnFees: number;
  @ApiProperty() otherCharges: number;
  @ApiProperty({ description: 'Interest for the days between disbursal and the first EMI period' }) brokenPeriodInterest: number;
  @ApiProperty() netDisbursed: number;
  @ApiProperty({ example: 17.07 }) apr: number;
  @ApiPropertyOptional({ type: [ScheduleRowView] }) schedule?: ScheduleRowView[];
}
