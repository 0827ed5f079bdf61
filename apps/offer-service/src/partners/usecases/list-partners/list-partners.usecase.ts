import { Injectable } from '@nestjs/common';
import { PartnerRulesRepository } from '../../partner-rules.repository.js';
import type { PartnerSummaryView } from '../../partner-rules.views.js';

@Injectable()
export class ListPartnersUseCase {
  constructor(private readonly repository: PartnerRulesRepository) {}

  async execute(): Promise<PartnerSummaryView[]> {
    const [partners, current] = await Promise.all([this.repository.listPartners(), this.repository.findCurrentVersions()]);
    const currentOf = new Map(current.map((version) => [version.partnerCode, version]));
    return partners.flatMap((partner) => {
      const version = currentOf.get(partner.code);
      if (!version) return [];
      return [
        {
          code: partner.code,
          name: partner.name,
          status: version.rules.status,
          currentVersion: version.version,
          updatedAt: version.createdAt.toISOString(),
        },
      ];
    });
  }
}
