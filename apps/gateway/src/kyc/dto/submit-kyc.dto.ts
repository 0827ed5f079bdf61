import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsAadhaar, IsDateOfBirth, IsIndividualPan } from '@los/contracts';
import { Transform, Type } from 'class-transformer';
import { Equals, IsDateString, IsDefined, IsIn, IsOptional, IsString, Length, Matches, MaxLength, ValidateNested } from 'class-validator';

const trimUpper = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value);
const digitsOnly = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.replace(/[\s-]/g, '') : value);

export class KycAddressDto {
  @ApiProperty({ example: '12, 4th Cross, Koramangala' }) @IsString() @Length(1, 200) line1: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) line2?: string;
  @ApiProperty({ example: 'Bengaluru' }) @IsString() @Length(1, 80) city: string;
  @ApiProperty({ example: 'Karnataka' }) @IsString() @Length(1, 80) state: string;
  @ApiProperty({ example: '560034' }) @Matches(/^[1-9]\d{5}$/, { message: 'address.pincode must be 6 digits' }) pincode: string;
}

export class KycConsentDto {
  @ApiProperty({ example: true }) @Equals(true, { message: 'consent.given must be true' }) given: true;
  @ApiProperty({ example: 'kyc-consent-v3' }) @IsString() @Length(1, 40) textVersion: string;
  @ApiProperty({ example: '2026-11-26T10:00:00Z' }) @IsDateString() at: string;
}

export class SubmitKycDto {
  @ApiProperty({ example: '234567890124', description: '12 digits with a valid Verhoeff check digit; stored only in the vault' })
  @Transform(digitsOnly)
  @IsAadhaar()
  aadhaar: string;

  @ApiProperty({ example: 'ABCPV1234F' })
  @Transform(trimUpper)
  @IsIndividualPan()
  pan: string;

  @ApiPropertyOptional({ example: '12345678901234' })
  @IsOptional()
  @Matches(/^\d{14}$/, { message: 'ckycNumber must be 14 digits' })
  ckycNumber?: string;

  @ApiProperty({ example: 'Asha Verma' }) @IsString() @Length(2, 100) fullName: string;
  @ApiProperty({ example: '1990-04-21' }) @IsDateOfBirth(18, 75) dob: string;
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
