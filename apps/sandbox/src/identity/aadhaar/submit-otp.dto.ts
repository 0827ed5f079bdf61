import { IsString, Length } from 'class-validator';

export class SubmitOtpDto {
  @IsString() @Length(1, 100) txnId: string;
  @IsString() @Length(1, 10) otp: string;
}
