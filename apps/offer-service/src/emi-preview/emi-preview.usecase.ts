import { Injectable } from '@nestjs/common';
import { AppException } from '@los/common';
import { ErrorCode, tryPaiseOf } from '@los/contracts';
import { EmiErrorCode, EmiInputError, type EmiQuoteInput, type EmiQuoteWire, quoteLoan, toEmiQuoteWire } from '../emi/index.js';

export type EmiPreviewReply = EmiQuoteWire | Omit<EmiQuoteWire, 'schedule'>;

/**
 * Amounts come as rupee decimal strings ("20000.50"); a JSON number is still taken (deprecated). A well-formed
 * string is handed to the engine as the number it spells, which the engine reads back to the same paise.
 */
const amountOf = (value: unknown) => (typeof value === 'string' && tryPaiseOf(value) !== undefined ? Number(value) : value);

const FIELDS = new Set([
  'principal',
  'annualRatePercent',
  'tenureMonths',
  'processingFeePercent',
  'processingFeeFlat',
  'gstPercent',
  'otherCharges',
  'disbursalDate',
  'firstEmiDate',
  'includeSchedule',
]);

const ERROR_CODE_OF: Record<EmiErrorCode, ErrorCode> = {
  [EmiErrorCode.InvalidInput]: ErrorCode.InvalidInput,
  [EmiErrorCode.InvalidPrincipal]: ErrorCode.InvalidPrincipal,
  [EmiErrorCode.InvalidRate]: ErrorCode.InvalidRate,
  [EmiErrorCode.InvalidTenure]: ErrorCode.InvalidTenure,
  [EmiErrorCode.InvalidFees]: ErrorCode.InvalidFees,
  [EmiErrorCode.InvalidDates]: ErrorCode.InvalidDates,
  [EmiErrorCode.InvalidMaxEmi]: ErrorCode.InvalidInput,
};

/**
 * The body of `POST /v1/emi/preview` priced by the EMI engine, with no I/O: it is benchmarked. The
 * engine refuses anything else (other strings, arrays, NaN, Infinity) with a code naming the field.
 */
@Injectable()
export class EmiPreviewUseCase {
  execute(body: unknown): EmiPreviewReply {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw new AppException(ErrorCode.InvalidInput, 'The EMI preview input must be an object');
    }
    const fields = body as Record<string, unknown>;
    const unknown = Object.keys(fields).find((key) => !FIELDS.has(key));
    if (unknown !== undefined) throw new AppException(ErrorCode.InvalidInput, `${unknown.slice(0, 40)} is not an EMI preview field`);
    const includeSchedule = fields.includeSchedule ?? true;
    if (typeof includeSchedule !== 'boolean') throw new AppException(ErrorCode.InvalidInput, 'includeSchedule must be true or false');
    try {
      const quote = quoteLoan({
        principal: amountOf(fields.principal),
        annualRatePercent: fields.annualRatePercent,
        tenureMonths: fields.tenureMonths,
        processingFeePercent: fields.processingFeePercent,
        processingFeeFlat: amountOf(fields.processingFeeFlat),
        gstRatePercent: fields.gstPercent,
        otherCharges: amountOf(fields.otherCharges),
        disbursalDate: fields.disbursalDate,
        firstEmiDate: fields.firstEmiDate,
      } as EmiQuoteInput);
      const json = toEmiQuoteWire(quote);
      if (includeSchedule) return json;
      const { schedule: _omitted, ...summary } = json;
      return summary;
    } catch (error) {
      if (!(error instanceof EmiInputError)) throw error;
      // The engine calls the GST field gstRatePercent; the API calls it gstPercent.
      throw new AppException(ERROR_CODE_OF[error.code], error.message.replaceAll('gstRatePercent', 'gstPercent'));
    }
  }
}
