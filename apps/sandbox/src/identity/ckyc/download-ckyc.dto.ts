import { IsCalendarDate, IsCkycNumber } from '../identity-field.validators.js';

export class DownloadCkycDto {
  @IsCkycNumber() ckycNumber: string;
  @IsCalendarDate() dob: string;
}
