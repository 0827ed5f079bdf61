import type { MigrationInterface, QueryRunner } from 'typeorm';
import { PARTNER_SEEDS } from '../seeds/partner-seeds.js';

const SEED_ACTOR = 'system:seed';
const SEED_REASON = 'Initial rules at onboarding';

/** Version 1 of each seeded partner, with its audit event, as if published at onboarding. */
export class SeedPartners1765000000200 implements MigrationInterface {
  name = 'SeedPartners1765000000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    const now = new Date();
    for (const { code, name, rules } of PARTNER_SEEDS) {
      await queryRunner.query('INSERT INTO partners (code, name, created_at) VALUES (?, ?, ?)', [code, name, now]);
      await queryRunner.query(
        'INSERT INTO partner_rule_versions (partner_code, version, rules, created_by, reason, created_at) VALUES (?, 1, ?, ?, ?, ?)',
        [code, JSON.stringify(rules), SEED_ACTOR, SEED_REASON, now],
      );
      await queryRunner.query('INSERT INTO audit_events (actor, action, entity_type, entity_id, details, at) VALUES (?, ?, ?, ?, ?, ?)', [
        SEED_ACTOR,
        'PARTNER_RULES_PUBLISHED',
        'PARTNER',
        code,
        JSON.stringify({ version: 1, reason: SEED_REASON }),
        now,
      ]);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const codes = PARTNER_SEEDS.map((seed) => seed.code);
    await queryRunner.query("DELETE FROM audit_events WHERE entity_type = 'PARTNER' AND entity_id IN (?)", [codes]);
    await queryRunner.query('DELETE FROM partner_rule_versions WHERE partner_code IN (?)', [codes]);
    await queryRunner.query('DELETE FROM partners WHERE code IN (?)', [codes]);
  }
}
