import { Injectable } from '@nestjs/common';
import type { PartnerRules } from './rules/partner-rules.js';
import { PartnerRulesRepository } from './partner-rules.repository.js';

export interface ActivePartner {
  code: string;
  name: string;
  version: number;
  rules: PartnerRules;
}

/** How long a replica may price from the rule versions it last read; this replica's own publishes apply at once. */
export const ACTIVE_PARTNERS_TTL_MS = 1_000;

/**
 * The current rule version of every ACTIVE partner, read at most once a second: every offer computation needs it,
 * and each offer records the version it was priced from, so a second-old read is still exact and auditable.
 */
@Injectable()
export class ActivePartnersCache {
  private cached?: { at: number; partners: Promise<ActivePartner[]> };
  /** The clock; tests replace it. */
  now: () => number = Date.now;

  constructor(private readonly repository: PartnerRulesRepository) {}

  current(): Promise<ActivePartner[]> {
    const now = this.now();
    if (!this.cached || now - this.cached.at >= ACTIVE_PARTNERS_TTL_MS) {
      const partners = this.load();
      this.cached = { at: now, partners };
      partners.catch(() => {
        if (this.cached?.partners === partners) this.cached = undefined;
      });
    }
    return this.cached.partners;
  }

  invalidate(): void {
    this.cached = undefined;
  }

  private async load(): Promise<ActivePartner[]> {
    const [partners, versions] = await Promise.all([this.repository.listPartners(), this.repository.findCurrentVersions()]);
    const nameOf = new Map(partners.map((partner) => [partner.code, partner.name]));
    return versions
      .filter((version) => version.rules.status === 'ACTIVE')
      .map((version) => ({
        code: version.partnerCode,
        name: nameOf.get(version.partnerCode) ?? version.partnerCode,
        version: version.version,
        rules: version.rules,
      }));
  }
}
