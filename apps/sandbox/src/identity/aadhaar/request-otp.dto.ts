import { IsAadhaar } from '../identity-field.validators.js';

export class RequestOtpDto {
  @IsAadhaar() aadhaar: string;
}
