import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export class CreateProbeDto {
  @ApiPropertyOptional({ description: 'Simulated work in kyc-service, in milliseconds', maximum: 10_000 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000)
  workMs?: number;
}
