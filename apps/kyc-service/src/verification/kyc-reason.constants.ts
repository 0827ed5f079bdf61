/** Decision reasons of a KYC check; a `:<SOURCE>` suffix names the source (PAN, AADHAAR, CKYC). */
export const KycReason = {
  AllSourcesMatch: 'ALL_SOURCES_MATCH',
  SourceUnavailable: 'SOURCE_UNAVAILABLE',
  SourceError: 'SOURCE_ERROR',
  PanNotFound: 'PAN_NOT_FOUND',
  PanNotValid: 'PAN_NOT_VALID',
  PanAadhaarNotLinked: 'PAN_AADHAAR_NOT_LINKED',
  AadhaarNotFound: 'AADHAAR_NOT_FOUND',
  /** UIDAI refused the OTP the applicant typed. */
  AadhaarOtpInvalid: 'AADHAAR_OTP_INVALID',
  CkycNotFound: 'CKYC_NOT_FOUND',
  CkycFoundByNameDob: 'CKYC_FOUND_BY_NAME_DOB',
  NameMismatch: 'NAME_MISMATCH',
  NameReview: 'NAME_REVIEW',
  /** A one-letter slip in the name, carried by an exact date of birth and another source or a verified PAN. */
  SpellingSlipCorroborated: 'SPELLING_SLIP_CORROBORATED',
  /** The same slip with nothing independent behind it: a person decides. */
  SpellingSlipUncorroborated: 'SPELLING_SLIP_UNCORROBORATED',
  DobMismatch: 'DOB_MISMATCH',
  DobUnconfirmed: 'DOB_UNCONFIRMED',
  DobDayMonthSwapped: 'DOB_DAY_MONTH_SWAPPED',
  DobPartial: 'DOB_PARTIAL',
  GenderMismatch: 'GENDER_MISMATCH',
  AddressDiffers: 'ADDRESS_DIFFERS',
  /** The record matches but places the person in another city, and no other source places them at the declared address. */
  AddressInAnotherCity: 'ADDRESS_IN_ANOTHER_CITY',
  /** The same, explained by another source that matches at the declared address: a move. */
  AddressMoveCorroborated: 'ADDRESS_MOVE_CORROBORATED',
  IdentityReview: 'IDENTITY_REVIEW',
} as const;

export const bySource = (reason: string, source: string) => `${reason}:${source}`;
