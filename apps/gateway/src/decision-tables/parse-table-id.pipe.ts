import { Injectable, PipeTransform } from '@nestjs/common';
import { AppException } from '@los/common';
import { DECISION_TABLE_ID, ErrorCode } from '@los/contracts';

/** `product:LENDER`, e.g. `personal-loan:AURUM_PRIME`. */
@Injectable()
export class ParseTableIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!DECISION_TABLE_ID.test(value))
      throw new AppException(ErrorCode.ValidationFailed, 'tableId must look like personal-loan:AURUM_PRIME');
    return value;
  }
}
