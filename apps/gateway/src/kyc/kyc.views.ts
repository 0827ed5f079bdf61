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

export class MatchView {
  @ApiProperty({ minimum: 0, maximum: 100 }) score: number;
  @ApiProperty({ enum: ['MATCH', 'REVIEW', 'NO_MATCH'] }) decision: string;
  @ApiProperty({ type: Object, isArray: true, description: '{ code, detail } a person can read' }) reasons: object[];
  @ApiProperty({ type: Object }) components: Record<string, number>;
}

export class KycStatusView {
  @ApiProperty() kycId: string;
  @ApiProperty({ enum: ['IN_PROGRESS', 'VERIFIED', 'REVIEW', 'FAILED'] }) status: string;
  @ApiProperty({ nullable: true, type: Number }) score: number | null;
  @ApiProperty({ type: [String] }) reasons: string[];
  @ApiProperty({ type: Object, description: 'name { pan, aadhaar, ckyc }, dob, address, gender' }) components: object;
  @ApiProperty({ type: Object, isArray: true, description: '{ source, status, attempts, lastError }' }) sources: object[];
  @ApiProperty({ example: '0124' }) aadhaarLast4: string;
  @ApiProperty({ nullable: true, type: String }) ckycNumber: string | null;
  @ApiProperty({ description: 'Masked for everyone but staff' }) pan: string;
  @ApiProperty() attempt: number;
  @ApiProperty({ type: Object, isArray: true }) history: object[];
}
