import { ApiProperty } from '@nestjs/swagger';
import { IsISO8601 } from 'class-validator';

export class PartnerSlaQuery {
  @ApiProperty({ format: 'date-time', example: '2026-03-01T00:00:00.000Z', description: 'Window start, inclusive' })
  @IsISO8601({ strict: true })
  from: string;
  @ApiProperty({ format: 'date-time', example: '2026-03-02T00:00:00.000Z', description: 'Window end, exclusive' })
  @IsISO8601({ strict: true })
  to: string;
}
