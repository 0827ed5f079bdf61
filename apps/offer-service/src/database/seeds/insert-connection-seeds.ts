import type { QueryRunner } from 'typeorm';
import type { ConnectionSeed } from './connection-seeds.js';

export async function insertConnectionSeeds(queryRunner: QueryRunner, seeds: readonly ConnectionSeed[]): Promise<void> {
  const now = new Date();
  for (const seed of seeds) {
    await queryRunner.query(
      `INSERT INTO partner_connections (partner_code, adapter_type, base_url_path, credentials, resilience, sla, enabled, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        seed.partnerCode,
        seed.adapterType,
        seed.baseUrlPath,
        JSON.stringify(seed.credentials),
        JSON.stringify(seed.resilience),
        JSON.stringify(seed.sla),
        seed.enabled ? 1 : 0,
        now,
      ],
    );
  }
}
