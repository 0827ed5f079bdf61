import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';

export const ACCOUNT_STATES = ['ACTIVE', 'CLOSED'] as const;
export type AccountState = (typeof ACCOUNT_STATES)[number];

export const IFSC_SHAPE = /^[A-Z]{4}0[A-Z0-9]{6}$/;
export const ACCOUNT_NUMBER_SHAPE = /^\d{9,18}$/;

/** An account as the bank knows it: the penny drop answers its holder's name. */
export class RegisterBankAccountDto {
  @Matches(IFSC_SHAPE, { message: 'ifsc must be 4 letters, 0, then 6 letters or digits' }) ifsc: string;
  @Matches(ACCOUNT_NUMBER_SHAPE, { message: 'accountNumber must be 9 to 18 digits' }) accountNumber: string;
  @IsString() @Length(2, 100) holderName: string;
  /** CLOSED: the bank refuses the credit, so the penny drop finds no account. Default ACTIVE. */
  @IsOptional() @IsIn(ACCOUNT_STATES) state?: AccountState;
}
