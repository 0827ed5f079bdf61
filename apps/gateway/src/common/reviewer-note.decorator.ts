import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { ErrorCode, isSafeText } from '@los/contracts';
import { IsString, Length, Matches, ValidateBy } from 'class-validator';

/** IsSafeText for a note that is there: a missing note is VALIDATION_FAILED (IsString), not UNSAFE_TEXT. */
const IsSafeNote = () =>
  ValidateBy(
    {
      name: 'isSafeText',
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || isSafeText(value),
        defaultMessage: () => 'note must not contain control characters, line breaks or bidirectional overrides',
      },
    },
    { context: { code: ErrorCode.UnsafeText } },
  );

/**
 * A reviewer's `note` on a decision: 1-1000 characters of one-line text, not blank. `description` says what it
 * records. Listed in the order the decorators used to be stacked in (bottom up), so errors come in the same order.
 */
export const ReviewerNote = (description: string) =>
  applyDecorators(
    IsSafeNote(),
    Matches(/\S/, { message: 'note must not be blank' }),
    Length(1, 1000),
    IsString(),
    ApiProperty({ minLength: 1, maxLength: 1000, description }),
  );
