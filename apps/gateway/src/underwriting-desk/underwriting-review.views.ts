import { ApiProperty } from '@nestjs/swagger';
import { UnderwritingReviewDecision, UnderwritingReviewReasonCode } from '@los/contracts';

const MONEY = { pattern: '^\\d+\\.\\d{2}$', example: '350000.00' };

export class UnderwritingReviewClaimView {
  @ApiProperty() applicationId: string;
  @ApiProperty({ description: 'User id of the underwriter holding the claim' }) claimedBy: string;
  @ApiProperty() claimExpiresAt: string;
}

export class UnderwritingReviewQueueItemView {
  @ApiProperty() applicationId: string;
  @ApiProperty({ nullable: true, type: String, description: 'Lender of the accepted offer' }) partnerCode: string | null;
  @ApiProperty({ ...MONEY, description: 'What an approval lends: the accepted offer amount' }) amount: string;
  @ApiProperty({ enum: ['INR'] }) currency: 'INR';
  @ApiProperty() createdAt: string;
  @ApiProperty({ nullable: true, type: String, description: 'When the application last entered MANUAL_REVIEW' })
  enteredReviewAt: string | null;
  @ApiProperty({ description: 'Application created + UNDERWRITING_REVIEW_SLA_MS; the queue is soonest first' }) deadline: string;
  @ApiProperty({ type: 'integer', description: 'Seconds until the deadline, negative when late' }) secondsLeft: number;
  @ApiProperty() late: boolean;
  @ApiProperty({ type: [String], description: 'Reason codes of the referral, e.g. AMOUNT_ABOVE_AUTO_LIMIT' }) referralReasons: string[];
  @ApiProperty({ type: [String], description: 'Document types the referral asked for' }) documentsRequired: string[];
  @ApiProperty({ nullable: true, type: String, description: 'Holder of a live claim' }) claimedBy: string | null;
  @ApiProperty({ nullable: true, type: String }) claimExpiresAt: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Maker-checker: the underwriter whose approval waits for a second one' })
  makerId: string | null;
}

export class UnderwritingReviewQueueView {
  @ApiProperty({ type: [UnderwritingReviewQueueItemView] }) items: UnderwritingReviewQueueItemView[];
}

export class ReviewDocumentView {
  @ApiProperty() id: string;
  @ApiProperty() type: string;
  @ApiProperty() contentType: string;
  @ApiProperty({ enum: ['PENDING_UPLOAD', 'CHECKED', 'REJECTED'] }) status: string;
  @ApiProperty({ nullable: true, type: String, description: 'Short-lived pre-signed download link of a checked document' })
  downloadUrl: string | null;
  @ApiProperty({ nullable: true, type: String }) downloadExpiresAt: string | null;
}

export class UnderwritingReviewEvidenceView extends UnderwritingReviewQueueItemView {
  @ApiProperty() applicationStatus: string;
  @ApiProperty({
    type: Object,
    nullable: true,
    description: 'KYC result: status, score, reasons, declared identity (PAN masked, Aadhaar last 4 only), each source and its match',
  })
  kyc: object | null;
  @ApiProperty({
    type: Object,
    nullable: true,
    description: 'Our credit decision: table, version, snapshot, matched rules, reasons, conditions (the decision trace)',
  })
  decision: object | null;
  @ApiProperty({
    type: Object,
    nullable: true,
    description: 'The facts the decision was taken on: bureau report (score, DPD, enquiries, write-offs), FOIR, loan, KYC result',
  })
  facts: object | null;
  @ApiProperty({ type: Object, nullable: true, description: 'The accepted offer as its Key Fact Statement' }) offer: object | null;
  @ApiProperty({ type: [ReviewDocumentView] }) documents: ReviewDocumentView[];
  @ApiProperty({ type: [String], description: 'Parts that could not be read just now (kyc, decision, facts, offer, documents)' })
  unavailable: string[];
}

export class UnderwritingReviewDecisionView {
  @ApiProperty() applicationId: string;
  @ApiProperty({ enum: UnderwritingReviewDecision }) decision: UnderwritingReviewDecision;
  @ApiProperty({ enum: UnderwritingReviewReasonCode, isArray: true }) reasonCodes: UnderwritingReviewReasonCode[];
  @ApiProperty({
    enum: ['APPLIED', 'AWAITING_CHECKER'],
    description: 'AWAITING_CHECKER: an approval above UNDERWRITING_CHECKER_ABOVE waits for a second underwriter',
  })
  outcome: 'APPLIED' | 'AWAITING_CHECKER';
  @ApiProperty({ enum: ['MANUAL_REVIEW', 'LENDER_REVIEW', 'REJECTED'] }) applicationStatus: string;
  @ApiProperty({ description: 'actor of this step, user:<id>' }) decidedBy: string;
  @ApiProperty({ nullable: true, type: String, description: 'The maker of a checked approval' }) makerId: string | null;
  @ApiProperty() at: string;
}
