import type { MatchThresholds } from '../matching/index.js';

export type ThresholdTable = Readonly<Record<string, Readonly<MatchThresholds>>>;

export class ThresholdConfigError extends Error {
  constructor(problem: string) {
    super(`KYC_THRESHOLDS: ${problem}`);
    this.name = 'ThresholdConfigError';
  }
}

/** `{ default: { match, review }, <PARTNER_CODE>: { match, review } }`, checked once at boot. */
export function parseThresholdTable(value: unknown): ThresholdTable {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ThresholdConfigError('must be a JSON object');
  const table: Record<string, MatchThresholds> = {};
  for (const [code, entry] of Object.entries(value as Record<string, unknown>)) {
    const { match, review } = (entry ?? {}) as Partial<MatchThresholds>;
    const valid = Number.isInteger(match) && Number.isInteger(review) && review! >= 0 && review! <= match! && match! <= 100;
    if (!valid) throw new ThresholdConfigError(`"${code}" needs integers 0 <= review <= match <= 100`);
    table[code] = Object.freeze({ match: match!, review: review! });
  }
  if (!table.default) throw new ThresholdConfigError('needs a "default" entry');
  return Object.freeze(table);
}

export function thresholdsFor(table: ThresholdTable, partnerCode: string | null | undefined): MatchThresholds {
  return partnerCode && Object.hasOwn(table, partnerCode) ? table[partnerCode] : table.default;
}

export const KYC_THRESHOLD_TABLE = Symbol('KYC_THRESHOLD_TABLE');
