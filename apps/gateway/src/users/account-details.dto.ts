import { ApiProperty } from '@nestjs/swagger';
import { IsSafeText } from '@los/contracts';
import { IsEmail, IsString, Length, MaxLength } from 'class-validator';

/** What every new account states, whether self-registered or created by an admin. */
export class AccountDetailsDto {
  @ApiProperty({ example: 'asha@example.in' })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ minLength: 10, maxLength: 128 })
  @IsString()
  @Length(10, 128)
  password: string;

  @ApiProperty({ example: 'Asha Verma' })
  @IsString()
  @Length(2, 100)
  @IsSafeText()
  fullName: string;
}
