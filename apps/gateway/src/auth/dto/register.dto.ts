import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, Length, Matches, MaxLength } from 'class-validator';

export class RegisterDto {
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
  fullName: string;

  @ApiProperty({ example: '9876543210', description: '10 digits starting 6-9' })
  @Matches(/^[6-9]\d{9}$/, { message: 'mobile must be 10 digits starting with 6-9' })
  mobile: string;
}
