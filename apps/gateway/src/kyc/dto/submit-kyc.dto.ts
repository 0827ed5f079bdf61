import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsConsentInstant, IsDateOfBirth, IsIndividualPan, IsSafeText } from '@los/contracts';
import { Transform, Type } from 'class-transformer';
import { Equals, IsDefined, IsIn, IsOptional, IsString, IsUUID, Length, Matches, MaxLength, ValidateNested } from 'class-validator';

const trimUpper = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value);

/** Consent is given at submission: a day back at most (an app that was offline), five minutes ahead for clock skew. */
export const CONSENT_PAST_MS = 24 * 3_600_000;
export const CONSENT_FUTURE_MS = 5 * 60_000;

export class KycAddressDto {
  @ApiProperty({ example: '12, 4th Cross, Koramangala' }) @IsString() @Length(1, 200) @IsSafeText() line1: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) @IsSafeText() line2?: string;
  @ApiProperty({ example: 'Bengaluru' }) @IsString() @Length(1, 80) @IsSafeText() city: string;
  @ApiProperty({ example: 'Karnataka' }) @IsString() @Length(1, 80) @IsSafeText() state: string;
  @ApiProperty({ example: '560034' }) @Matches(/^[1-9]\d{5}$/, { message: 'address.pincode must be 6 digits' }) pincode: string;
}

export class KycConsentDto {
  @ApiProperty({ example: true }) @Equals(true, { message: 'consent.given must be true' }) given: true;
  @ApiProperty({ example: 'kyc-consent-v3' }) @IsString() @Length(1, 40) @IsSafeText() textVersion: string;
  @ApiProperty({ example: '2026-11-26T10:00:00Z', description: 'When the applicant consented: within the last 24 hours' })
  @IsConsentInstant(CONSENT_PAST_MS, CONSENT_FUTURE_MS)
  at: string;
}

/** The identity must be the application's applicant: PAN always, name and date of birth when given. */
export class SubmitKycDto {
  @ApiProperty({ description: 'From POST /v1/applications/:id/kyc/aadhaar-otp' })
  @IsUUID()
  otpRequestId: string;

  @ApiProperty({ example: '123456', description: 'The OTP UIDAI sent to the Aadhaar holder (the sandbox accepts 123456)' })
  @Matches(/^\d{6}$/, { message: 'otp must be the 6 digits UIDAI sent' })
  otp: string;

  @ApiProperty({ example: 'ABCPV1234F', description: "The application's PAN" })
  @Transform(trimUpper)
  @IsIndividualPan()
  pan: string;

  @ApiPropertyOptional({ example: '12345678901234' })
  @IsOptional()
  @Matches(/^\d{14}$/, { message: 'ckycNumber must be 14 digits' })
  ckycNumber?: string;

  @ApiPropertyOptional({ example: 'Asha Verma', description: "The application's applicant name; taken from it when absent" })
  @IsOptional()
  @IsString()
  @Length(2, 100)
  @IsSafeText()
  fullName?: string;

  @ApiPropertyOptional({ example: '1990-04-21', description: "The application's date of birth; taken from it when absent" })
  @IsOptional()
  @IsDateOfBirth(18, 75)
  dob?: string;
  @ApiPropertyOptional({ enum: ['M', 'F', 'T'] }) @IsOptional() @IsIn(['M', 'F', 'T']) gender?: 'M' | 'F' | 'T';

  @ApiProperty({ type: KycAddressDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => KycAddressDto)
  address: KycAddressDto;

  @ApiProperty({ type: KycConsentDto })
  @IsDefined({ message: 'consent is required' })
  @ValidateNested()
  @Type(() => KycConsentDto)
  consent: KycConsentDto;
}
