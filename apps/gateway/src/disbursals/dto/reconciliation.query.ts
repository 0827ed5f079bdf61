import { ApiProperty } from '@nestjs/swagger';
import { parseCalendarDate } from '@los/contracts';
import { Matches, ValidateBy } from 'class-validator';

export class ReconciliationQueryDto {
  @ApiProperty({ format: 'date', example: '2026-12-06', description: 'The day (UTC) reported' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'date must be a calendar date (YYYY-MM-DD)' })
  @ValidateBy({
    name: 'isCalendarDate',
    validator: { validate: (value) => parseCalendarDate(value) !== null, defaultMessage: () => 'date must be a real calendar date' },
  })
  date: string;
}
