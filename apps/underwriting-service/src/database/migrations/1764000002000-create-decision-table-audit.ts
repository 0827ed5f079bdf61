import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateDecisionTableAudit1764000002000 implements MigrationInterface {
  name = 'CreateDecisionTableAudit1764000002000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE decision_table_audit_events (
      id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
      table_id VARCHAR(100) NOT NULL,
      version INT NOT NULL,
      previous_version INT NULL,
      rolled_back_from INT NULL,
      action VARCHAR(32) NOT NULL,
      actor VARCHAR(80) NOT NULL,
      reason VARCHAR(500) NOT NULL,
      at DATETIME(3) NOT NULL,
      UNIQUE KEY uq_decision_table_audit_version (table_id, version)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE decision_table_audit_events');
  }
}
