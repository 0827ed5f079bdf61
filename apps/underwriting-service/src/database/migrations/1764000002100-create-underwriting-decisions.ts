import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Our credit decisions: one per application and input snapshot. */
export class CreateUnderwritingDecisions1764000002100 implements MigrationInterface {
  name = 'CreateUnderwritingDecisions1764000002100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE underwriting_decisions (
      id CHAR(36) NOT NULL PRIMARY KEY,
      application_id CHAR(36) NOT NULL,
      snapshot_id VARCHAR(100) NOT NULL,
      command_id CHAR(36) NOT NULL,
      table_id VARCHAR(100) NOT NULL,
      table_version INT NOT NULL,
      decision VARCHAR(16) NOT NULL,
      matched_rules JSON NOT NULL,
      reasons JSON NOT NULL,
      conditions JSON NOT NULL,
      duration_ms INT NOT NULL,
      \`trigger\` VARCHAR(32) NOT NULL,
      decided_at DATETIME(3) NOT NULL,
      UNIQUE KEY uq_underwriting_decisions_snapshot (application_id, snapshot_id),
      KEY idx_underwriting_decisions_application (application_id, decided_at),
      KEY idx_underwriting_decisions_command (command_id)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE underwriting_decisions');
  }
}
