import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { ErrorCode } from '@los/contracts';
import { Transform } from 'class-transformer';
import { IsEmail, MaxLength, ValidateBy } from 'class-validator';
import { isPlainEmail, normaliseEmail } from './email-address.js';

/** An account's email: normalised (NFKC, lower case) before it is checked; look-alikes are 400 INVALID_EMAIL. */
export const AccountEmail = () =>
  applyDecorators(
    ApiProperty({ example: 'asha@example.in', description: 'Plain ASCII after NFKC normalisation; IDN domains in xn-- form' }),
    Transform(({ value }) => (typeof value === 'string' ? normaliseEmail(value) : value)),
    ValidateBy(
      {
        name: 'plainEmail',
        validator: {
          validate: (value: unknown) => typeof value === 'string' && isPlainEmail(value),
          defaultMessage: () => 'email must be plain ASCII: no invisible, full-width-only or look-alike characters',
        },
      },
      { context: { code: ErrorCode.InvalidEmail } },
    ),
    IsEmail(),
    MaxLength(254),
  );
