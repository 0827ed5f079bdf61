import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateProbes1764000000100 implements MigrationInterface {
  name = 'CreateProbes1764000000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE probes (
      id CHAR(36) NOT NULL PRIMARY KEY,
      status VARCHAR(16) NOT NULL,
      command_id CHAR(36) NOT NULL,
      applied_count INT NOT NULL DEFAULT 0,
      processed_by VARCHAR(128) NULL,
      created_at DATETIME(3) NOT NULL,
      completed_at DATETIME(3) NULL,
      UNIQUE KEY uq_probes_command (command_id)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE probes');
  }
}
