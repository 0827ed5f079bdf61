import { Injectable } from '@nestjs/common';
import { AppException } from '@los/common';
import { ErrorCode, type PartnerRulesDiffRequest } from '@los/contracts';
import { diffJson } from '../../diff/json-diff.js';
import { PartnerRulesRepository } from '../../partner-rules.repository.js';
import type { RulesDiffView } from '../../partner-rules.views.js';

@Injectable()
export class DiffPartnerRulesUseCase {
  constructor(private readonly repository: PartnerRulesRepository) {}

  async execute({ partnerCode, from, to }: PartnerRulesDiffRequest): Promise<RulesDiffView> {
    const [before, after] = await Promise.all([
      this.repository.findVersion(partnerCode, from),
      this.repository.findVersion(partnerCode, to),
    ]);
    if (!before || !after) throw new AppException(ErrorCode.NotFound, `Partner ${partnerCode} has no version ${before ? to : from}`);
    return { from, to, changes: diffJson(before.rules, after.rules) };
  }
}
