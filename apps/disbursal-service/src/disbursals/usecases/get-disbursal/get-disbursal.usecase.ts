import { Injectable } from '@nestjs/common';
import { AppException } from '@los/common';
import { ErrorCode, formatMoney, formatMoneyOrNull, type DisbursalView } from '@los/contracts';
import { DisbursalsRepository } from '../../disbursals.repository.js';

@Injectable()
export class GetDisbursalUseCase {
  constructor(private readonly repository: DisbursalsRepository) {}

  async execute(applicationId: string): Promise<DisbursalView> {
    const disbursal = await this.repository.findByApplicationId(applicationId);
    if (!disbursal) throw new AppException(ErrorCode.NotFound, 'No disbursal for this application');
    const expected = formatMoney(disbursal.expectedAmount);
    return {
      applicationId: disbursal.applicationId,
      partnerCode: disbursal.partnerCode,
      status: disbursal.status,
      amount: expected,
      disbursedAmount: formatMoneyOrNull(disbursal.disbursedAmount),
      utr: disbursal.utr,
      valueDate: disbursal.valueDate,
      failureReason: disbursal.failureReason,
      retryable: disbursal.failureRetryable,
      attempts: disbursal.attempts,
      initiation: disbursal.initiation,
      amountMismatch:
        disbursal.mismatchAmount === null ? null : { reportedAmount: formatMoney(disbursal.mismatchAmount), expectedAmount: expected },
      requestedAt: disbursal.requestedAt.toISOString(),
      updatedAt: disbursal.updatedAt.toISOString(),
    };
  }
}
