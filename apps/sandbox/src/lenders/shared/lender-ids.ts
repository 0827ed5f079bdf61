import { createHash } from 'node:crypto';

/** Fixed seed: the same inputs give the same ids and decisions on every run. */
export const LENDER_SANDBOX_SEED = 'los-sandbox-lenders-v1';

export function deterministicId(prefix: string, ...parts: string[]): string {
  return `${prefix}${createHash('sha256')
    .update([LENDER_SANDBOX_SEED, ...parts].join('|'))
    .digest('hex')
    .slice(0, 16)
    .toUpperCase()}`;
}

/** Monthly EMI at an annual rate (reducing balance). */
export function emi(principal: number, annualRatePercent: number, months: number): number {
  const r = annualRatePercent / 1200;
  return r === 0 ? principal / months : (principal * r * (1 + r) ** months) / ((1 + r) ** months - 1);
}
