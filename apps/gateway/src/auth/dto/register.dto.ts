import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { AccountDetailsDto } from '../../users/account-details.dto.js';

/** An applicant signing up. */
export class RegisterDto extends AccountDetailsDto {
  @ApiProperty({ example: '9876543210', description: '10 digits starting 6-9' })
  @Matches(/^[6-9]\d{9}$/, { message: 'mobile must be 10 digits starting with 6-9' })
  mobile: string;
}
