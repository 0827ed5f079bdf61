import { IsString, Length } from 'class-validator';
import { IsCalendarDate, IsPan } from '../identity-field.validators.js';

export class VerifyPanDto {
  @IsPan() pan: string;
  @IsString() @Length(1, 100) name: string;
  @IsCalendarDate() dob: string;
}
