import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ApplicationStatus, PartnerStatus } from '@los/contracts';
import { EmploymentType } from './application.entity.js';
import { AttentionCode } from './attention/attention-code.js';

export class ApplicantView {
  @ApiProperty() fullName: string;
  @ApiProperty() dob: string;
  @ApiProperty() mobile: string;
  @ApiProperty() email: string;
  @ApiProperty({ description: 'Masked (AB******4F) for everyone but staff' }) pan: string;
  @ApiProperty({ enum: EmploymentType }) employmentType: EmploymentType;
  @ApiProperty() monthlyIncome: number;
  @ApiProperty() existingEmiMonthly: number;
  @ApiProperty() pincode: string;
  @ApiProperty() city: string;
  @ApiProperty() state: string;
}

export class LoanView {
  @ApiProperty() amount: number;
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
  @ApiProperty({ type: ApplicantView }) applicant: ApplicantView;
  @ApiProperty({ type: LoanView }) loan: LoanView;
  @ApiPropertyOptional({ nullable: true, type: String }) channelPartnerCode: string | null;
  @ApiPropertyOptional({ nullable: true, type: Number }) sanctionedAmount: number | null;
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
  @ApiProperty() page: number;
  @ApiProperty() limit: number;
  @ApiProperty() total: number;
}

export class StatusLogEntryView {
  @ApiPropertyOptional({ enum: ApplicationStatus, nullable: true }) from: ApplicationStatus | null;
  @ApiProperty({ enum: ApplicationStatus }) to: ApplicationStatus;
  @ApiProperty({ example: 'user:6f1c2e1a-…' }) actor: string;
  @ApiPropertyOptional({ nullable: true, type: String }) reason: string | null;
  @ApiProperty() at: string;
}
