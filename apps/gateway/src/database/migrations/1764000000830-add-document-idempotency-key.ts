import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddDocumentIdempotencyKey1764000000830 implements MigrationInterface {
  name = 'AddDocumentIdempotencyKey1764000000830';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE application_documents
      ADD COLUMN idempotency_key VARCHAR(100) NULL,
      ADD UNIQUE KEY uq_application_documents_idempotency (uploaded_by, application_id, idempotency_key)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE application_documents DROP INDEX uq_application_documents_idempotency, DROP COLUMN idempotency_key',
    );
  }
}
