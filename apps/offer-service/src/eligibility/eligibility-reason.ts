/** Why a partner declines; a decline lists every reason that applies, in this order. */
export enum EligibilityReason {
  IncomeBelowMin = 'INCOME_BELOW_MIN',
  FoirExceeded = 'FOIR_EXCEEDED',
  AgeOutOfRange = 'AGE_OUT_OF_RANGE',
  PincodeNotServiceable = 'PINCODE_NOT_SERVICEABLE',
  ScoreBelowMin = 'SCORE_BELOW_MIN',
  AmountOutOfRange = 'AMOUNT_OUT_OF_RANGE',
  EmploymentNotServed = 'EMPLOYMENT_NOT_SERVED',
  TenureNotOffered = 'TENURE_NOT_OFFERED',
}

export const REASON_ORDER: readonly EligibilityReason[] = Object.values(EligibilityReason);
