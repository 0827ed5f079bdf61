import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class OfferTermsView {
  @ApiProperty() offerId: string;
  @ApiProperty() amount: number;
  @ApiProperty() tenureMonths: number;
  @ApiProperty() annualRatePercent: number;
  @ApiProperty() emi: number;
  @ApiProperty() processingFee: number;
  @ApiProperty() gstOnFees: number;
  @ApiProperty() netDisbursed: number;
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
  @ApiPropertyOptional() dueDate?: string;
  @ApiProperty() opening: number;
  @ApiProperty() emi: number;
  @ApiProperty() interest: number;
  @ApiProperty() principal: number;
  @ApiProperty() closing: number;
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
  @ApiProperty({ type: OfferTermsView }) terms: OfferTermsView;
  @ApiProperty() totalInterest: number;
  @ApiProperty() totalPayable: number;
  @ApiProperty() otherCharges: number;
  @ApiProperty() coolingOffDays: number;
  @ApiProperty({ type: [ScheduleRowView] }) schedule: ScheduleRowView[];
  @ApiProperty() acceptedAt: string;
  @ApiProperty({ description: 'The same statement as a readable HTML document' }) html: string;
}
