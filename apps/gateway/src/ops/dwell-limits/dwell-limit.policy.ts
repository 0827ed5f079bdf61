import { LENDER_STEPS, type DwellLimitOverrides, type DwellLimitsMs } from '@los/common';
import { ApplicationStatus, FINAL_STATUSES } from '@los/contracts';
import { DEFAULT_DWELL_LIMITS_MS } from './dwell-limits.constants.js';

/** Which applications one query looks at: a status, and for lender steps which partners. */
export interface DwellRule {
  status: ApplicationStatus;
  limitMs: number;
  /** Only this partner's applications (a partner's own limit). */
  partnerCode?: string;
  /** Every application but these partners' (they have their own rules). */
  exceptPartners?: string[];
}

/** How long an application may stay in each status before it counts as stuck. */
export class DwellLimitPolicy {
  private readonly statuses: DwellLimitsMs;
  private readonly partners: Record<string, DwellLimitsMs>;

  constructor(overrides: DwellLimitOverrides = { statuses: {}, partners: {} }, defaults: DwellLimitsMs = DEFAULT_DWELL_LIMITS_MS) {
    this.statuses = { ...defaults, ...overrides.statuses };
    this.partners = overrides.partners;
  }

  /** The limit in milliseconds, or null for a final status (never stuck). */
  limitFor(status: ApplicationStatus, partnerCode: string | null): number | null {
    if (FINAL_STATUSES.has(status)) return null;
    const partnerLimit = partnerCode !== null && LENDER_STEPS.has(status) ? this.partners[partnerCode]?.[status] : undefined;
    return partnerLimit ?? this.statuses[status] ?? null;
  }

  /** Stuck once the time in status is past the limit. */
  isStuck(status: ApplicationStatus, partnerCode: string | null, since: Date, now: Date): boolean {
    const limit = this.limitFor(status, partnerCode);
    return limit !== null && now.getTime() - since.getTime() > limit;
  }

  /** One rule per status, plus one per partner with its own limit; together they cover each application once. */
  rules(): DwellRule[] {
    const rules: DwellRule[] = [];
    for (const status of Object.values(ApplicationStatus)) {
      const limitMs = this.limitFor(status, null);
      if (limitMs === null) continue;
      const own = Object.keys(this.partners)
        .filter((code) => this.partners[code]?.[status] !== undefined)
        .sort();
      rules.push(own.length > 0 ? { status, limitMs, exceptPartners: own } : { status, limitMs });
      for (const partnerCode of own) rules.push({ status, limitMs: this.partners[partnerCode]![status]!, partnerCode });
    }
    return rules;
  }
}
