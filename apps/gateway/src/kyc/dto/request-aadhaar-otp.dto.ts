import { ApiProperty } from '@nestjs/swagger';
import { IsAadhaar } from '@los/contracts';
import { Transform } from 'class-transformer';

const digitsOnly = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.replace(/[\s-]/g, '') : value);

export class RequestAadhaarOtpDto {
  @ApiProperty({ example: '234567890124', description: '12 digits with a valid Verhoeff check digit; stored only in the vault' })
  @Transform(digitsOnly)
  @IsAadhaar()
  aadhaar: string;
}
