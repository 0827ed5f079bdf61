import type { MigrationInterface, QueryRunner } from 'typeorm';
import { LENDWISE_NORTHSTAR_SEEDS } from '../seeds/connection-seeds.js';
import { insertConnectionSeeds } from '../seeds/insert-connection-seeds.js';

/** How each partner is reached live (adapter, endpoint, credentials, resilience, SLA), and the SLA breaches seen. */
export class CreatePartnerConnections1765000000400 implements MigrationInterface {
  name = 'CreatePartnerConnections1765000000400';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE partner_connections (
      partner_code VARCHAR(32) NOT NULL PRIMARY KEY,
      adapter_type VARCHAR(32) NOT NULL,
      base_url_path VARCHAR(255) NOT NULL,
      credentials JSON NOT NULL,
      resilience JSON NOT NULL,
      sla JSON NOT NULL,
      enabled TINYINT(1) NOT NULL DEFAULT 1,
      created_at DATETIME(3) NOT NULL,
      CONSTRAINT fk_partner_connections_partner FOREIGN KEY (partner_code) REFERENCES partners (code)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`);
    await queryRunner.query(`CREATE TABLE partner_sla_breaches (
      id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
      partner_code VARCHAR(32) NOT NULL,
      operation VARCHAR(32) NOT NULL,
      application_id VARCHAR(64) NULL,
      figure_ms INT NOT NULL,
      threshold_ms INT NOT NULL,
      at DATETIME(3) NOT NULL,
      INDEX idx_partner_sla_breaches_partner_at (partner_code, at)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`);
    await insertConnectionSeeds(queryRunner, LENDWISE_NORTHSTAR_SEEDS);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE partner_sla_breaches');
    await queryRunner.query('DROP TABLE partner_connections');
  }
}
