import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppException, isDuplicateKey } from '@los/common';
import { ErrorCode, type PublishPartnerRulesRequest } from '@los/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditAction, AuditEntityType } from '../../../audit/audit-action.constants.js';
import { recordAudit } from '../../../audit/audit-log.js';
import { ActivePartnersCache } from '../../active-partners.cache.js';
import { diffJson } from '../../diff/json-diff.js';
import { PartnerRuleVersionEntity } from '../../partner-rule-version.entity.js';
import { toRuleVersionView, type PublishedRulesView } from '../../partner-rules.views.js';
import { PartnerEntity } from '../../partner.entity.js';
import type { PartnerRules } from '../../rules/partner-rules.js';
import { validatePartnerRules } from '../../rules/partner-rules.validator.js';

const MAX_ATTEMPTS = 3;

/**
 * A new version, never an edit: the partner row is locked while the next number is taken, so
 * concurrent publishes queue up; the primary key (partner_code, version) backs that up.
 */
@Injectable()
export class PublishPartnerRulesUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly activePartners: ActivePartnersCache,
  ) {}

  async execute(request: PublishPartnerRulesRequest): Promise<PublishedRulesView> {
    const reason = requiredText(request.reason, 'reason', 500);
    const actor = requiredText(request.actor, 'actor', 80);
    const rules = validatePartnerRules(request.rules);
    for (let attempt = 1; ; attempt++) {
      try {
        const published = await this.dataSource.transaction((manager) => this.publish(manager, request.partnerCode, rules, actor, reason));
        this.activePartners.invalidate();
        return published;
      } catch (error) {
        if (!isDuplicateKey(error) || attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  }

  private async publish(manager: EntityManager, code: string, rules: PartnerRules, actor: string, reason: string) {
    const partner = await manager.findOne(PartnerEntity, { where: { code }, lock: { mode: 'pessimistic_write' } });
    if (!partner) throw new AppException(ErrorCode.NotFound, 'Partner not found');
    const previous = await manager.findOne(PartnerRuleVersionEntity, { where: { partnerCode: code }, order: { version: 'DESC' } });
    const version: PartnerRuleVersionEntity = {
      partnerCode: code,
      version: (previous?.version ?? 0) + 1,
      rules,
      createdBy: actor,
      reason,
      createdAt: new Date(),
    };
    await manager.insert(PartnerRuleVersionEntity, version);
    await recordAudit(manager, {
      actor,
      action: AuditAction.PartnerRulesPublished,
      entityType: AuditEntityType.Partner,
      entityId: code,
      at: version.createdAt,
      details: {
        version: version.version,
        previousVersion: previous?.version ?? null,
        reason,
        changes: diffJson(previous?.rules ?? {}, rules),
      },
    });
    return { code, ...toRuleVersionView(version) };
  }
}

function requiredText(value: string, field: string, maxLength: number): string {
  const text = value.trim();
  if (text.length === 0 || text.length > maxLength) {
    throw new AppException(ErrorCode.ValidationFailed, `${field} must be 1-${maxLength} characters`);
  }
  return text;
}
