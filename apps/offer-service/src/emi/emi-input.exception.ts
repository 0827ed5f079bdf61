export enum EmiErrorCode {
  InvalidInput = 'INVALID_INPUT',
  InvalidPrincipal = 'INVALID_PRINCIPAL',
  InvalidRate = 'INVALID_RATE',
  InvalidTenure = 'INVALID_TENURE',
  InvalidFees = 'INVALID_FEES',
  InvalidDates = 'INVALID_DATES',
  InvalidMaxEmi = 'INVALID_MAX_EMI',
}

/** A loan input the engine refuses; `field` names the offending input property. */
export class EmiInputError extends Error {
  override readonly name = 'EmiInputError';

  constructor(
    readonly code: EmiErrorCode,
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}
