/** Product bounds from the issue; ten crore is written 10,00,00,000 in Indian notation. */
export const MIN_PRINCIPAL = 1_000;
export const MAX_PRINCIPAL = 100_000_000;
export const MAX_ANNUAL_RATE_PERCENT = 60;
export const MAX_TENURE_MONTHS = 480;
export const DEFAULT_GST_RATE_PERCENT = 18;

export const AMOUNT_DECIMALS = 2;
// Percentages may carry basis-point fractions such as 10.125; the issue limits only amounts.
export const PERCENT_DECIMALS = 4;
