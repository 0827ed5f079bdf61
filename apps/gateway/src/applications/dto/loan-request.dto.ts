import { ApiProperty } from '@nestjs/swagger';
import { IsMoney, IsSafeText } from '@los/contracts';
import { IsInt, IsString, Length, Max, Min } from 'class-validator';
import { MONEY_INPUT } from '../../offers/offer.views.js';

export class LoanRequestDto {
  @ApiProperty({
    ...MONEY_INPUT,
    example: '250000.00',
    description: 'Rupees, 1,000 to 10,00,00,000, a decimal string with at most 2 decimals (a JSON number is deprecated)',
  })
  @IsMoney(1_000, 100_000_000)
  amount: string | number;

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
