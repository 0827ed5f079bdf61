import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Role } from '@los/contracts';
import { IsEnum, Matches, ValidateIf } from 'class-validator';
import { AccountDetailsDto } from './account-details.dto.js';

/** A staff or partner user, created by an admin. */
export class CreateUserDto extends AccountDetailsDto {
  @ApiProperty({ enum: Role })
  @IsEnum(Role)
  role: Role;

  @ApiPropertyOptional({ description: 'Required for partner_agent: the channel partner they belong to', example: 'ACME_DSA' })
  @ValidateIf((dto: CreateUserDto) => dto.role === Role.PartnerAgent || dto.partnerCode !== undefined)
  @Matches(/^[A-Z0-9_]{2,32}$/)
  partnerCode?: string;
}
