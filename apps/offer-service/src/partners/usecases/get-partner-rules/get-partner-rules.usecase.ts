import { Injectable } from '@nestjs/common';
import { AppException } from '@los/common';
import { ErrorCode } from '@los/contracts';
import { PartnerRulesRepository } from '../../partner-rules.repository.js';
import { toRuleVersionView, type PartnerRulesView } from '../../partner-rules.views.js';

@Injectable()
export class GetPartnerRulesUseCase {
  constructor(private readonly repository: PartnerRulesRepository) {}

  async execute(code: string): Promise<PartnerRulesView> {
    const [partner, versions] = await Promise.all([this.repository.findPartner(code), this.repository.findHistory(code)]);
    if (!partner || versions.length === 0) throw new AppException(ErrorCode.NotFound, 'Partner not found');
    const history = versions.map(toRuleVersionView);
    return { code: partner.code, name: partner.name, current: history[0], history };
  }
}
