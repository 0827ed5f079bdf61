import { ApiProperty } from '@nestjs/swagger';
import { KycReviewDecision, KycReviewReasonCode } from '@los/contracts';

export class KycReviewClaimView {
  @ApiProperty() applicationId: string;
  @ApiProperty() kycId: string;
  @ApiProperty({ description: 'User id of the reviewer holding the claim' }) claimedBy: string;
  @ApiProperty() claimExpiresAt: string;
}

export class KycReviewQueueItemView {
  @ApiProperty() applicationId: string;
  @ApiProperty() kycId: string;
  @ApiProperty({ description: 'When the application entered KYC_REVIEW; the queue is oldest first' }) enteredReviewAt: string | null;
  @ApiProperty({ type: [String], description: 'kyc-service reasons, e.g. NAME_REVIEW:PAN, SOURCE_UNAVAILABLE:CKYC' }) reasons: string[];
  @ApiProperty({ description: 'Only a source outage keeps it here and a re-drive is scheduled: it may resolve without anyone' })
  waitingOnSource: boolean;
  @ApiProperty({ nullable: true, type: String }) redriveDueAt: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Holder of a live claim' }) claimedBy: string | null;
  @ApiProperty({ nullable: true, type: String }) claimExpiresAt: string | null;
}

export class KycReviewQueueView {
  @ApiProperty({ type: [KycReviewQueueItemView] }) items: KycReviewQueueItemView[];
}

export class KycReviewEvidenceView extends KycReviewQueueItemView {
  @ApiProperty() applicationStatus: string;
  @ApiProperty({ enum: ['IN_PROGRESS', 'VERIFIED', 'REVIEW', 'FAILED'], description: 'The attempt as kyc-service decided it' })
  kycStatus: string;
  @ApiProperty({ nullable: true, type: Number }) score: number | null;
  @ApiProperty({ type: Object, description: 'fullName, dob, gender, address, masked pan, aadhaarLast4, ckycNumber' }) declared: object;
  @ApiProperty({
    type: Object,
    isArray: true,
    description:
      '{ source, status, lastError, record { name, dob, gender, address }, match { decision, score, components, reasons }, checkedAt }',
  })
  sources: object[];
}

export class KycReviewResolutionView {
  @ApiProperty() applicationId: string;
  @ApiProperty() kycId: string;
  @ApiProperty({ enum: KycReviewDecision }) decision: KycReviewDecision;
  @ApiProperty({ enum: KycReviewReasonCode }) reasonCode: KycReviewReasonCode;
  @ApiProperty({ enum: ['KYC_VERIFIED', 'KYC_FAILED'] }) applicationStatus: string;
  @ApiProperty() resolvedBy: string;
  @ApiProperty() resolvedAt: string;
}
