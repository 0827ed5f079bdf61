import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CURRENCY_PROPERTY, MONEY, ScheduleRowView } from '../offers/offer.views.js';

export class EmiPreviewView {
  @ApiProperty(CURRENCY_PROPERTY) currency: string;
  @ApiProperty({ ...MONEY, example: '969.73' }) emi: string;
  @ApiProperty(MONEY) totalInterest: string;
  @ApiProperty(MONEY) totalPayable: string;
  @ApiProperty(MONEY) processingFee: string;
  @ApiProperty(MONEY) gstOnFees: string;
  @ApiProperty(MONEY) otherCharges: string;
  @ApiProperty(MONEY) brokenPeriodInterest: string;
  @ApiProperty(MONEY) netDisbursed: string;
  @ApiProperty({ example: 17.07 }) apr: number;
  @ApiPropertyOptional({ type: [ScheduleRowView] }) schedule?: ScheduleRowView[];
}
