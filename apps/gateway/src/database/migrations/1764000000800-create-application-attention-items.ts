import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Failures that leave an application where it is, shown on the application until someone resolves them. */
export class CreateApplicationAttentionItems1764000000800 implements MigrationInterface {
  name = 'CreateApplicationAttentionItems1764000000800';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE application_attention_items (
      id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
      application_id CHAR(36) NOT NULL,
      code VARCHAR(64) NOT NULL,
      reason VARCHAR(200) NOT NULL,
      command_id CHAR(36) NULL,
      created_at DATETIME(3) NOT NULL,
      resolved_at DATETIME(3) NULL,
      INDEX idx_attention_application (application_id, resolved_at)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE application_attention_items');
  }
}
