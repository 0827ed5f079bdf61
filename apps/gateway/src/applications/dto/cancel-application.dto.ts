import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsSafeText } from '@los/contracts';
import { IsOptional, IsString, Length } from 'class-validator';

export class CancelApplicationDto {
  @ApiPropertyOptional({ example: 'Found a better rate elsewhere' })
  @IsOptional()
  @IsString()
  @Length(2, 200)
  @IsSafeText()
  reason?: string;
}
