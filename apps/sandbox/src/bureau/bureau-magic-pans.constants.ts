/**
 * Test PANs. `ZZZP?dddd?` with dddd from 0300 to 0900 scores exactly dddd (ZZZPZ0750Z → 750,
 * ZZZPZ0550Z → 550); ZZZPZ9503Z makes the bureau answer 503, ZZZPZ9504Z makes it answer after 10 s.
 */
export const MAGIC_PAN = /^ZZZP[A-Z](\d{4})[A-Z]$/;
export const UNAVAILABLE_PAN_DIGITS = '9503';
export const SLOW_PAN_DIGITS = '9504';
export const SLOW_ANSWER_MS = 10_000;
