import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateUsersAndTokens1764000000300 implements MigrationInterface {
  name = 'CreateUsersAndTokens1764000000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE users (
      id CHAR(36) NOT NULL PRIMARY KEY,
      email VARCHAR(254) NOT NULL,
      password_hash VARCHAR(200) NOT NULL,
      full_name VARCHAR(100) NOT NULL,
      mobile CHAR(10) NULL,
      role VARCHAR(16) NOT NULL,
      partner_code VARCHAR(32) NULL,
      created_at DATETIME(3) NOT NULL,
      created_by CHAR(36) NULL,
      UNIQUE KEY uq_users_email (email)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`);
    await queryRunner.query(`CREATE TABLE refresh_tokens (
      token_hash CHAR(64) NOT NULL PRIMARY KEY,
      family_id CHAR(36) NOT NULL,
      user_id CHAR(36) NOT NULL,
      expires_at DATETIME(3) NOT NULL,
      used_at DATETIME(3) NULL,
      revoked_at DATETIME(3) NULL,
      created_at DATETIME(3) NOT NULL,
      INDEX idx_refresh_family (family_id),
      INDEX idx_refresh_user (user_id)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE refresh_tokens');
    await queryRunner.query('DROP TABLE users');
  }
}
