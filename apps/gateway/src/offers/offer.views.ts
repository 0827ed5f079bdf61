import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CURRENCY } from '@los/contracts';

/** Money on the wire: rupees as a decimal string with exactly two decimals, in the holder's `currency`. */
export const MONEY = {
  type: String,
  pattern: '^-?\\d{1,13}\\.\\d{2}$',
  example: '250000.00',
  description: 'Rupees, a decimal string with two decimals',
} as const;
/** A request amount: rupees as a decimal string with at most two decimals (a JSON number is deprecated). */
export const MONEY_INPUT = { type: String, pattern: '^\\d{1,13}(\\.\\d{1,2})?$' } as const;
export const CURRENCY_PROPERTY = { enum: [CURRENCY], example: CURRENCY } as const;

export class OfferTermsView {
  @ApiProperty() offerId: string;
  @ApiProperty(CURRENCY_PROPERTY) currency: string;
  @ApiProperty(MONEY) amount: string;
  @ApiProperty() tenureMonths: number;
  @ApiProperty() annualRatePercent: number;
  @ApiProperty(MONEY) emi: string;
  @ApiProperty(MONEY) processingFee: string;
  @ApiProperty(MONEY) gstOnFees: string;
  @ApiProperty(MONEY) netDisbursed: string;
  @ApiProperty({ description: 'Annual percentage rate per RBI KFS rules' }) apr: number;
  @ApiProperty() validUntil: string;
  @ApiProperty() ruleVersion: number;
}

export class PartnerOfferView {
  @ApiProperty() partnerCode: string;
  @ApiProperty() partnerName: string;
  @ApiProperty() eligible: boolean;
  @ApiProperty({ type: [String], example: ['FOIR_EXCEEDED'] }) reasons: string[];
  @ApiPropertyOptional({ type: OfferTermsView }) offer?: OfferTermsView;
}

export class ScheduleRowView {
  @ApiProperty() installment: number;
  @ApiPropertyOptional({
    example: '2026-02-05',
    description: 'YYYY-MM-DD; on a KFS the first is one month after the acceptance date (IST)',
  })
  dueDate?: string;
  @ApiProperty(MONEY) opening: string;
  @ApiProperty(MONEY) emi: string;
  @ApiProperty(MONEY) interest: string;
  @ApiProperty(MONEY) principal: string;
  @ApiProperty(MONEY) closing: string;
}

export class GrievanceOfficerView {
  @ApiProperty() officer: string;
  @ApiProperty() email: string;
  @ApiProperty() phone: string;
}

export class KfsLenderView {
  @ApiProperty({ example: 'KUBER' }) code: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: GrievanceOfficerView, description: "The lender's grievance redressal officer" }) grievance: GrievanceOfficerView;
}

export class KeyFactStatementView {
  @ApiProperty() applicationId: string;
  @ApiProperty() offerId: string;
  @ApiProperty({ type: KfsLenderView }) lender: KfsLenderView;
  @ApiProperty(CURRENCY_PROPERTY) currency: string;
  @ApiProperty({ type: OfferTermsView }) terms: OfferTermsView;
  @ApiProperty(MONEY) totalInterest: string;
  @ApiProperty(MONEY) totalPayable: string;
  @ApiProperty(MONEY) otherCharges: string;
  @ApiProperty() coolingOffDays: number;
  @ApiProperty({ type: [ScheduleRowView] }) schedule: ScheduleRowView[];
  @ApiProperty() acceptedAt: string;
  @ApiProperty({ description: 'The same statement as a readable HTML document' }) html: string;
}
