import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { PartnerRuleVersionEntity } from './partner-rule-version.entity.js';
import { PartnerEntity } from './partner.entity.js';

@Injectable()
export class PartnerRulesRepository {
  constructor(
    @InjectRepository(PartnerEntity) private readonly partners: Repository<PartnerEntity>,
    @InjectRepository(PartnerRuleVersionEntity) private readonly versions: Repository<PartnerRuleVersionEntity>,
  ) {}

  listPartners(): Promise<PartnerEntity[]> {
    return this.partners.find({ order: { code: 'ASC' } });
  }

  findPartner(code: string): Promise<PartnerEntity | null> {
    return this.partners.findOneBy({ code });
  }

  /** The latest version of every partner, whatever its status. */
  findCurrentVersions(): Promise<PartnerRuleVersionEntity[]> {
    return this.versions
      .createQueryBuilder('v')
      .where('v.version = (SELECT MAX(m.version) FROM partner_rule_versions m WHERE m.partner_code = v.partner_code)')
      .orderBy('v.partner_code', 'ASC')
      .getMany();
  }

  findHistory(code: string): Promise<PartnerRuleVersionEntity[]> {
    return this.versions.find({ where: { partnerCode: code }, order: { version: 'DESC' } });
  }

  findVersion(code: string, version: number): Promise<PartnerRuleVersionEntity | null> {
    return this.versions.findOneBy({ partnerCode: code, version });
  }
}
