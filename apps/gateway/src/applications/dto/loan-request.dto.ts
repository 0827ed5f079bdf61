import { ApiProperty } from '@nestjs/swagger';
import { IsSafeText } from '@los/contracts';
import { IsInt, IsNumber, IsString, Length, Max, Min } from 'class-validator';

export class LoanRequestDto {
  @ApiProperty({ example: 250000, description: 'Rupees, 1,000 to 10,00,00,000, at most 2 decimals' })
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false })
  @Min(1_000)
  @Max(100_000_000)
  amount: number;

  @ApiProperty({ example: 36, minimum: 1, maximum: 480 })
  @IsInt()
  @Min(1)
  @Max(480)
  tenureMonths: number;

  @ApiProperty({ example: 'Home renovation' })
  @IsString()
  @Length(2, 60)
  @IsSafeText()
  purpose: string;
}
