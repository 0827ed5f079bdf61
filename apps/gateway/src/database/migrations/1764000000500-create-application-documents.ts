import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateApplicationDocuments1764000000500 implements MigrationInterface {
  name = 'CreateApplicationDocuments1764000000500';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE application_documents (
      id CHAR(36) NOT NULL PRIMARY KEY,
      application_id CHAR(36) NOT NULL,
      type VARCHAR(32) NOT NULL,
      content_type VARCHAR(100) NOT NULL,
      size_bytes INT NOT NULL,
      object_key VARCHAR(200) NOT NULL,
      status VARCHAR(16) NOT NULL,
      uploaded_by CHAR(36) NOT NULL,
      created_at DATETIME(3) NOT NULL,
      updated_at DATETIME(3) NOT NULL,
      UNIQUE KEY uq_application_documents_object_key (object_key),
      INDEX idx_application_documents_application (application_id, created_at)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE application_documents');
  }
}
