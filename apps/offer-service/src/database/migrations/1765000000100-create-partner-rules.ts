import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreatePartnerRules1765000000100 implements MigrationInterface {
  name = 'CreatePartnerRules1765000000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE partners (
      code VARCHAR(32) NOT NULL PRIMARY KEY,
      name VARCHAR(100) NOT NULL,
      created_at DATETIME(3) NOT NULL
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`);
    await queryRunner.query(`CREATE TABLE partner_rule_versions (
      partner_code VARCHAR(32) NOT NULL,
      version INT NOT NULL,
      rules JSON NOT NULL,
      created_by VARCHAR(80) NOT NULL,
      reason VARCHAR(500) NOT NULL,
      created_at DATETIME(3) NOT NULL,
      PRIMARY KEY (partner_code, version),
      CONSTRAINT fk_partner_rule_versions_partner FOREIGN KEY (partner_code) REFERENCES partners (code)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`);
    await queryRunner.query(`CREATE TABLE audit_events (
      id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
      actor VARCHAR(80) NOT NULL,
      action VARCHAR(64) NOT NULL,
      entity_type VARCHAR(32) NOT NULL,
      entity_id VARCHAR(64) NOT NULL,
      details JSON NOT NULL,
      at DATETIME(3) NOT NULL,
      INDEX idx_audit_events_entity (entity_type, entity_id, id)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE audit_events');
    await queryRunner.query('DROP TABLE partner_rule_versions');
    await queryRunner.query('DROP TABLE partners');
  }
}
