import { IsString, Length, Matches } from 'class-validator';
import { ACCOUNT_NUMBER_SHAPE, IFSC_SHAPE } from './register-bank-account.dto.js';

/** A penny-drop request as account-verification providers take it: the caller's request id, the account and its IFSC. */
export class PennyDropDto {
  @IsString() @Length(8, 64) requestId: string;
  @Matches(IFSC_SHAPE, { message: 'ifsc must be 4 letters, 0, then 6 letters or digits' }) ifsc: string;
  @Matches(ACCOUNT_NUMBER_SHAPE, { message: 'accountNumber must be 9 to 18 digits' }) accountNumber: string;
}
