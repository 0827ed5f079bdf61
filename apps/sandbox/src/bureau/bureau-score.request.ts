import { Matches } from 'class-validator';

export class BureauScoreRequest {
  @Matches(/^[A-Z]{5}\d{4}[A-Z]$/, { message: 'pan must be a PAN such as ABCPE1234F' })
  pan: string;
}
