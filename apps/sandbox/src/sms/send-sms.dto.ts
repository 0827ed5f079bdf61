import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

/** One SMS as Indian operators take it: the DLT-registered entity and template with every message (TRAI TCCCPR 2018). */
export class SendSmsDto {
  @Matches(/^(\+91)?[6-9]\d{9}$/, { message: 'to must be an Indian mobile number' }) to: string;
  @IsString() @MaxLength(1000) text: string;
  @Matches(/^\d{19}$/, { message: 'dltEntityId must be the 19-digit DLT principal entity id' }) dltEntityId: string;
  @Matches(/^\d{19}$/, { message: 'dltTemplateId must be a 19-digit DLT content template id' }) dltTemplateId: string;
  /** The sender's own id for the message: the same reference is accepted once. */
  @IsOptional() @Matches(/^[A-Za-z0-9_.:-]{1,100}$/) reference?: string;
}

export class SmsFaultDto {
  @IsIn(['none', 'error', 'rate_limit']) mode: 'none' | 'error' | 'rate_limit';
  /** Fail only this many messages, then recover. */
  @IsOptional() @IsInt() @Min(1) @Max(1000) failNext?: number;
}
