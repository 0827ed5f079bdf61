import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddIdempotencyLease1764000000820 implements MigrationInterface {
  name = 'AddIdempotencyLease1764000000820';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE idempotency_keys ADD COLUMN holder CHAR(36) NULL, ADD COLUMN lease_until DATETIME(3) NULL');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE idempotency_keys DROP COLUMN lease_until, DROP COLUMN holder');
  }
}
