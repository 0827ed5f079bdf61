import { ApiProperty } from '@nestjs/swagger';
import { IsDateOfBirth, IsIndividualPan, IsMoney, IsSafeText } from '@los/contracts';
import { Transform } from 'class-transformer';
import { IsEmail, IsEnum, IsString, Length, Matches, MaxLength } from 'class-validator';
import { EmploymentType } from '../application.entity.js';
import { MONEY_INPUT } from '../../offers/offer.views.js';

const RUPEES = 'Rupees, a decimal string with at most 2 decimals (a JSON number is deprecated)';
const upperTrim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value);

export class ApplicantDto {
  @ApiProperty({ example: 'Asha Verma' })
  @IsString()
  @IsSafeText()
  @Matches(/^[\p{L}][\p{L} .'-]{1,99}$/u, { message: "fullName must be 2-100 letters, spaces and . ' -" })
  fullName: string;

  @ApiProperty({ example: '1990-04-21', description: 'YYYY-MM-DD; applicant 18 to 75' })
  @IsDateOfBirth(18, 75)
  dob: string;

  @ApiProperty({ example: '9876543210' })
  @Matches(/^[6-9]\d{9}$/, { message: 'mobile must be 10 digits starting with 6-9' })
  mobile: string;

  @ApiProperty({ example: 'asha@example.in' })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ example: 'ABCPV1234F', description: "An individual's PAN" })
  @Transform(upperTrim)
  @IsIndividualPan()
  pan: string;

  @ApiProperty({ enum: EmploymentType })
  @IsEnum(EmploymentType)
  employmentType: EmploymentType;

  @ApiProperty({ ...MONEY_INPUT, example: '85000.00', description: RUPEES })
  @IsMoney(0, 100_000_000)
  monthlyIncome: string | number;

  @ApiProperty({ ...MONEY_INPUT, example: '12000.00', description: RUPEES })
  @IsMoney(0, 100_000_000)
  existingEmiMonthly: string | number;

  @ApiProperty({ example: '560034' })
  @Matches(/^[1-9]\d{5}$/, { message: 'pincode must be 6 digits, not starting with 0' })
  pincode: string;

  @ApiProperty({ example: 'Bengaluru' })
  @IsString()
  @Length(2, 60)
  @IsSafeText()
  city: string;

  @ApiProperty({ example: 'Karnataka' })
  @IsString()
  @Length(2, 60)
  @IsSafeText()
  state: string;
}
