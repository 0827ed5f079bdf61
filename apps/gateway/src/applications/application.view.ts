import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ApplicationStatus, PartnerStatus } from '@los/contracts';
import { CURRENCY_PROPERTY, MONEY } from '../offers/offer.views.js';
import { EmploymentType } from './application.entity.js';
import { AttentionCode } from './attention/attention-code.js';

export class ApplicantView {
  @ApiProperty() fullName: string;
  @ApiProperty() dob: string;
  @ApiProperty() mobile: string;
  @ApiProperty() email: string;
  @ApiProperty({ description: 'Masked (AB******4F) for everyone but staff' }) pan: string;
  @ApiProperty({ enum: EmploymentType }) employmentType: EmploymentType;
  @ApiProperty(MONEY) monthlyIncome: string;
  @ApiProperty(MONEY) existingEmiMonthly: string;
  @ApiProperty() pincode: string;
  @ApiProperty() city: string;
  @ApiProperty() state: string;
}

export class LoanView {
  @ApiProperty({ ...MONEY, description: 'The requested amount: rupees, a decimal string with two decimals' }) amount: string;
  @ApiProperty() tenureMonths: number;
  @ApiProperty() purpose: string;
}

/** The lender the application was submitted to, once it was. */
export class LenderView {
  @ApiProperty() partnerCode: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: "The lender's reference for this application" }) reference:
    string | null;
  @ApiPropertyOptional({ nullable: true, enum: PartnerStatus, description: 'The last status the lender reported' })
  status: PartnerStatus | null;
}

/** A failure that left the application where it is; open until someone resolves it. */
export class AttentionItemView {
  @ApiProperty({ enum: AttentionCode }) code: AttentionCode;
  @ApiProperty() reason: string;
  @ApiProperty() at: string;
}

export class ApplicationView {
  @ApiProperty() id: string;
  @ApiProperty({ enum: ApplicationStatus }) status: ApplicationStatus;
  @ApiProperty({ ...CURRENCY_PROPERTY, description: 'Of every amount in the application' }) currency: string;
  @ApiProperty({ type: ApplicantView }) applicant: ApplicantView;
  @ApiProperty({ type: LoanView }) loan: LoanView;
  @ApiPropertyOptional({ nullable: true, type: String }) channelPartnerCode: string | null;
  @ApiPropertyOptional({
    ...MONEY,
    nullable: true,
    description: "Set when the lender sanctions the loan (its amount, else the accepted offer's); null before",
  })
  sanctionedAmount: string | null;
  @ApiPropertyOptional({ nullable: true, type: LenderView }) lender: LenderView | null;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: 'Partner-specific fields as submitted' })
  extra?: Record<string, unknown>;
  @ApiPropertyOptional({ type: [AttentionItemView], description: 'Open attention items (on the single-application read)' })
  attention?: AttentionItemView[];
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;
}

export class ApplicationPageView {
  @ApiProperty({ type: [ApplicationView] }) items: ApplicationView[];
  @ApiProperty({ description: 'Whether another page follows' }) hasMore: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'Pass as after for the next page; null on the last page' })
  nextCursor: string | null;
  @ApiProperty({ deprecated: true, description: 'Offset paging, kept for one version: use nextCursor' }) page: number;
  @ApiProperty() limit: number;
  @ApiProperty({ deprecated: true, description: 'Kept for one version with offset paging' }) total: number;
}

export class StatusLogEntryView {
  @ApiPropertyOptional({ enum: ApplicationStatus, nullable: true }) from: ApplicationStatus | null;
  @ApiProperty({ enum: ApplicationStatus }) to: ApplicationStatus;
  @ApiProperty({ example: 'user:6f1c2e1a-…' }) actor: string;
  @ApiPropertyOptional({ nullable: true, type: String }) reason: string | null;
  @ApiProperty() at: string;
}
