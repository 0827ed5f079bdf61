import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Role } from '@los/contracts';
import { IsEmail, IsEnum, IsString, Length, Matches, MaxLength, ValidateIf } from 'class-validator';

/** A staff or partner user, created by an admin. */
export class CreateUserDto {
  @ApiProperty({ example: 'underwriter@lender.in' })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ minLength: 10, maxLength: 128 })
  @IsString()
  @Length(10, 128)
  password: string;

  @ApiProperty()
  @IsString()
  @Length(2, 100)
  fullName: string;

  @ApiProperty({ enum: Role })
  @IsEnum(Role)
  role: Role;

  @ApiPropertyOptional({ description: 'Required for partner_agent: the channel partner they belong to', example: 'ACME_DSA' })
  @ValidateIf((dto: CreateUserDto) => dto.role === Role.PartnerAgent || dto.partnerCode !== undefined)
  @Matches(/^[A-Z0-9_]{2,32}$/)
  partnerCode?: string;
}
