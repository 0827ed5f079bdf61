import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';

export class LogoutDto {
  @ApiPropertyOptional({ description: 'Ends this session only; without it every session of the caller ends' })
  @IsOptional()
  @IsString()
  @Length(20, 200)
  refreshToken?: string;
}
