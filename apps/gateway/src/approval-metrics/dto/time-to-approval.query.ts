import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional } from 'class-validator';

export class TimeToApprovalQuery {
  @ApiPropertyOptional({ format: 'date-time', description: 'Approvals at or after this instant; default 30 days before `to`' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Approvals before this instant; default now' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;
}
