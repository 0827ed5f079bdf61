import { ApiProperty } from '@nestjs/swagger';
import { IsSafeText } from '@los/contracts';
import { IsString, Length } from 'class-validator';
import { AcceptablePassword } from './acceptable-password.decorator.js';
import { AccountEmail } from './account-email.decorator.js';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './password-policy.js';

/** What every new account states, whether self-registered or created by an admin. */
export class AccountDetailsDto {
  @AccountEmail()
  email: string;

  @ApiProperty({
    minLength: MIN_PASSWORD_LENGTH,
    maxLength: MAX_PASSWORD_LENGTH,
    description: 'At least 12 characters; common, breached, repetitive or sequential passwords are refused (WEAK_PASSWORD)',
  })
  @AcceptablePassword()
  password: string;

  @ApiProperty({ example: 'Asha Verma' })
  @IsString()
  @Length(2, 100)
  @IsSafeText()
  fullName: string;
}
