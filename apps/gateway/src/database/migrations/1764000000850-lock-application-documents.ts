import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Records the checked copy of each document. UPLOADED rows were checked in place, where their upload form
 * could still overwrite them: they go back to PENDING_UPLOAD and are checked and copied on their next use.
 */
export class LockApplicationDocuments1764000000850 implements MigrationInterface {
  name = 'LockApplicationDocuments1764000000850';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE application_documents
      ADD COLUMN checked_key VARCHAR(200) NULL AFTER status,
      ADD COLUMN checked_etag VARCHAR(80) NULL AFTER checked_key,
      ADD COLUMN checked_bytes INT NULL AFTER checked_etag,
      ADD COLUMN checked_at DATETIME(3) NULL AFTER checked_bytes,
      ADD UNIQUE KEY uq_application_documents_checked_key (checked_key)`);
    await queryRunner.query(`UPDATE application_documents SET status = 'PENDING_UPLOAD' WHERE status = 'UPLOADED'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE application_documents SET status = 'UPLOADED' WHERE status = 'CHECKED'`);
    await queryRunner.query(`ALTER TABLE application_documents
      DROP INDEX uq_application_documents_checked_key,
      DROP COLUMN checked_at, DROP COLUMN checked_bytes, DROP COLUMN checked_etag, DROP COLUMN checked_key`);
  }
}
