import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The audit of operators' re-drives of stuck applications. */
export class CreateApplicationRedrives1764000000900 implements MigrationInterface {
  name = 'CreateApplicationRedrives1764000000900';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE application_redrives (
      id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
      application_id CHAR(36) NOT NULL,
      status VARCHAR(32) NOT NULL,
      command_id CHAR(36) NOT NULL,
      pattern VARCHAR(80) NOT NULL,
      attempt INT NOT NULL,
      actor VARCHAR(80) NOT NULL,
      at DATETIME(3) NOT NULL,
      INDEX idx_redrives_application (application_id, id)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE application_redrives');
  }
}
