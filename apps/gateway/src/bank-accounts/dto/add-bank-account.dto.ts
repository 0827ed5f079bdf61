import { ApiProperty } from '@nestjs/swagger';
import { IsBankAccountNumber, IsIfsc, IsSafeText } from '@los/contracts';
import { Transform } from 'class-transformer';
import { IsString, Matches } from 'class-validator';

const upperCase = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value);
const digitsOnly = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.replace(/[\s-]/g, '') : value);

export class AddBankAccountDto {
  @ApiProperty({ example: 'HDFC0000001', description: "The branch's IFSC, checked against the RBI list (INVALID_IFSC otherwise)" })
  @Transform(upperCase)
  @IsIfsc()
  ifsc: string;

  @ApiProperty({ example: '50100123456789', description: '9 to 18 digits; stored encrypted, only its last 4 digits are ever shown' })
  @Transform(digitsOnly)
  @IsBankAccountNumber()
  accountNumber: string;

  @ApiProperty({ example: 'Asha Verma', description: 'The account holder as the borrower knows it' })
  @IsString()
  @IsSafeText()
  @Matches(/^[\p{L}][\p{L} .'-]{1,99}$/u, { message: "holderName must be 2-100 letters, spaces and . ' -" })
  holderName: string;
}
