import { ApiProperty } from '@nestjs/swagger';

export class AadhaarOtpView {
  @ApiProperty({ description: 'Send it with the OTP to POST /v1/applications/:id/kyc' }) otpRequestId: string;
  @ApiProperty({ example: '0124' }) aadhaarLast4: string;
  @ApiProperty({ description: 'The OTP is valid until then' }) expiresAt: string;
}

export class KycAcceptedView {
  @ApiProperty() kycId: string;
  @ApiProperty({ enum: ['IN_PROGRESS'] }) status: string;
}

export class MatchReasonView {
  @ApiProperty({ example: 'INITIAL_MATCHES_WORD' }) code: string;
  @ApiProperty({ example: 'The initial "R" stands for "Ramesh"' }) detail: string;
}

export class MatchView {
  @ApiProperty({ minimum: 0, maximum: 100 }) score: number;
  @ApiProperty({ enum: ['MATCH', 'REVIEW', 'NO_MATCH'] }) decision: string;
  @ApiProperty({ type: [MatchReasonView], description: 'Why, in words a person can read' }) reasons: MatchReasonView[];
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number' },
    description: 'Score of each matcher that contributed, by name',
    example: { tokenSet: 92, phonetic: 88 },
  })
  components: Record<string, number>;
}

export class NameScoresView {
  @ApiProperty({ type: Number, nullable: true }) pan: number | null;
  @ApiProperty({ type: Number, nullable: true }) aadhaar: number | null;
  @ApiProperty({ type: Number, nullable: true }) ckyc: number | null;
}

/** Each part's match score (0 to 100), null until its sources answered. */
export class KycComponentsView {
  @ApiProperty({ type: NameScoresView, description: 'The applicant name against each source' }) name: NameScoresView;
  @ApiProperty({ type: Number, nullable: true }) dob: number | null;
  @ApiProperty({ type: Number, nullable: true }) address: number | null;
  @ApiProperty({ type: Number, nullable: true }) gender: number | null;
}

export class KycSourceStatusView {
  @ApiProperty({ enum: ['PAN', 'AADHAAR', 'CKYC'] }) source: 'PAN' | 'AADHAAR' | 'CKYC';
  @ApiProperty({ enum: ['PENDING', 'OK', 'NOT_FOUND', 'UNAVAILABLE', 'ERROR'] }) status:
    'PENDING' | 'OK' | 'NOT_FOUND' | 'UNAVAILABLE' | 'ERROR';
  @ApiProperty() attempts: number;
  @ApiProperty({ type: String, nullable: true }) lastError: string | null;
}

export class KycAttemptView {
  @ApiProperty() kycId: string;
  @ApiProperty({ enum: ['IN_PROGRESS', 'VERIFIED', 'REVIEW', 'FAILED'] }) status: string;
  @ApiProperty({ type: Number, nullable: true }) score: number | null;
  @ApiProperty() startedAt: string;
  @ApiProperty({ type: String, nullable: true }) completedAt: string | null;
}

export class KycStatusView {
  @ApiProperty() kycId: string;
  @ApiProperty({ enum: ['IN_PROGRESS', 'VERIFIED', 'REVIEW', 'FAILED'] }) status: string;
  @ApiProperty({ nullable: true, type: Number }) score: number | null;
  @ApiProperty({ type: [String] }) reasons: string[];
  @ApiProperty({ type: KycComponentsView }) components: KycComponentsView;
  @ApiProperty({ type: [KycSourceStatusView] }) sources: KycSourceStatusView[];
  @ApiProperty({ example: '0124' }) aadhaarLast4: string;
  @ApiProperty({ nullable: true, type: String }) ckycNumber: string | null;
  @ApiProperty({ description: 'Masked for everyone but staff' }) pan: string;
  @ApiProperty() attempt: number;
  @ApiProperty({ type: [KycAttemptView], description: 'Earlier attempts of this application, newest first' }) history: KycAttemptView[];
}
