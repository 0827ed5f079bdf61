import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { PartnerRules } from './rules/partner-rules.js';

/** One published rule set; rows are only ever inserted, so every offer can name the version behind it. */
@Entity('partner_rule_versions')
export class PartnerRuleVersionEntity {
  @PrimaryColumn('varchar', { length: 32, name: 'partner_code' }) partnerCode: string;
  @PrimaryColumn('int') version: number;
  @Column('json') rules: PartnerRules;
  @Column('varchar', { length: 80, name: 'created_by' }) createdBy: string;
  @Column('varchar', { length: 500 }) reason: string;
  @Column('datetime', { precision: 3, name: 'created_at' }) createdAt: Date;
}
