import { IsString, Length, ValidateIf } from 'class-validator';
import { IsCalendarDate, IsPan } from '../identity-field.validators.js';

/** Either `pan`, or `name` with `dob`; a PAN, when given, is the only key searched. */
export class SearchCkycDto {
  @ValidateIf((query: SearchCkycDto) => query.pan !== undefined || query.name === undefined)
  @IsPan()
  pan?: string;

  @ValidateIf((query: SearchCkycDto) => query.pan === undefined)
  @IsString()
  @Length(1, 100)
  name?: string;

  @ValidateIf((query: SearchCkycDto) => query.pan === undefined)
  @IsCalendarDate()
  dob?: string;
}
