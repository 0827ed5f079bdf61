import { Injectable, PipeTransform } from '@nestjs/common';
import { AppException } from '@los/common';
import { ErrorCode, PARTNER_CODE } from '@los/contracts';

/** Partner and channel codes: upper-case letters, digits and underscores. */
@Injectable()
export class ParseCodePipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!PARTNER_CODE.test(value)) throw new AppException(ErrorCode.ValidationFailed, 'code must be 2-32 of A-Z, 0-9 and _');
    return value;
  }
}
