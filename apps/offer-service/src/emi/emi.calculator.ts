import { Decimal, roundPaisa } from './money.js';

/**
 * Reducing-balance EMI, P·r·(1+r)^n / ((1+r)^n − 1) with r = annual% / 1200, or P / n at 0%,
 * rounded half-up to the paisa.
 */
export function calculateEmi(principal: Decimal, annualRatePercent: Decimal, tenureMonths: number): Decimal {
  if (annualRatePercent.isZero()) return roundPaisa(principal.div(tenureMonths));
  // Evaluated as an exact fraction of integers: a truncated (1+r)^n could land an exact
  // half-paisa EMI (1,000.20 at 10% for 1 month is 1,008.535) a hair low and round it down.
  const [principalUnits, principalScale] = scaledInteger(principal);
  const [rateUnits, rateScale] = scaledInteger(annualRatePercent);
  const rateDenominator = 1200n * rateScale;
  const months = BigInt(tenureMonths);
  const grown = (rateDenominator + rateUnits) ** months;
  const base = rateDenominator ** months;
  const paisaNumerator = 100n * principalUnits * rateUnits * grown;
  const paisaDenominator = principalScale * rateDenominator * (grown - base);
  const paisa = (2n * paisaNumerator + paisaDenominator) / (2n * paisaDenominator);
  return new Decimal(`${paisa}e-2`);
}

/** A non-negative decimal as integer units over a power of ten: 12.5 is [125n, 10n]. */
function scaledInteger(value: Decimal): [bigint, bigint] {
  const places = value.decimalPlaces();
  return [BigInt(value.toFixed(places).replace('.', '')), 10n ** BigInt(places)];
}
