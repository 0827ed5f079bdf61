import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateIdempotencyKeys1764000000200 implements MigrationInterface {
  name = 'CreateIdempotencyKeys1764000000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE idempotency_keys (
      scope VARCHAR(80) NOT NULL,
      idem_key VARCHAR(100) NOT NULL,
      request_hash CHAR(64) NOT NULL,
      status VARCHAR(16) NOT NULL,
      response_status INT NULL,
      response_body JSON NULL,
      created_at DATETIME(3) NOT NULL,
      expires_at DATETIME(3) NOT NULL,
      PRIMARY KEY (scope, idem_key),
      INDEX idx_idempotency_expiry (expires_at)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE idempotency_keys');
  }
}
