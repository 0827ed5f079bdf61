import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddIdempotencyLease1764000000820 implements MigrationInterface {
  name = 'AddIdempotencyLease1764000000820';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE idempotency_keys ADD COLUMN holder CHAR(36) NULL, ADD COLUMN lease_until DATETIME(3) NULL');
    // Answers stored before auth routes and upload forms were excluded held tokens and form credentials.
    await queryRunner.query(
      "DELETE FROM idempotency_keys WHERE JSON_CONTAINS_PATH(response_body, 'one', '$.accessToken', '$.refreshToken', '$.upload')",
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE idempotency_keys DROP COLUMN lease_until, DROP COLUMN holder');
  }
}
