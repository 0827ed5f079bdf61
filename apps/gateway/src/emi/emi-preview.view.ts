import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ScheduleRowView } from '../offers/offer.views.js';

export class EmiPreviewView {
  @ApiProperty({ example: 969.73 }) emi: number;
  @ApiProperty() totalInterest: number;
  @ApiProperty() totalPayable: number;
  @ApiProperty() processingFee: number;
  @ApiProperty() gstOnFees: number;
  @ApiProperty() netDisbursed: number;
  @ApiProperty({ example: 17.07 }) apr: number;
  @ApiPropertyOptional({ type: [ScheduleRowView] }) schedule?: ScheduleRowView[];
}
