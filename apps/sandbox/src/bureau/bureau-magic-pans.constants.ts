/**
 * Test PANs. `ZZZP?dddd?` with dddd from 0300 to 0900 scores exactly dddd (ZZZPZ0750Z → 750,
 * ZZZPZ0550Z → 550); ZZZPZ9503Z makes the bureau answer 503, ZZZPZ9504Z makes it answer after 10 s.
 * Their credit reports are clean (no delinquency, no active loans, one enquiry).
 */
export const MAGIC_PAN = /^ZZZP[A-Z](\d{4})[A-Z]$/;
export const UNAVAILABLE_PAN_DIGITS = '9503';
export const SLOW_PAN_DIGITS = '9504';
export const SLOW_ANSWER_MS = 10_000;

/**
 * Test PANs with an adverse credit report that still score their digits (so lenders still offer):
 * `ZZWP?dddd?` a written-off account, `ZZDP?dddd?` a payment 90+ days past due in the last 12 months,
 * `ZZEP?dddd?` eight enquiries in the last 6 months (ZZWPZ0750Z: score 750, one account written off).
 */
export const ADVERSE_PAN = /^ZZ([WDE])P[A-Z](\d{4})[A-Z]$/;

export enum AdverseFact {
  WrittenOff = 'W',
  Dpd90 = 'D',
  ManyEnquiries = 'E',
}
