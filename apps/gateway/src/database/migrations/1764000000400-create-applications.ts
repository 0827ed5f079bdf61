import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateApplications1764000000400 implements MigrationInterface {
  name = 'CreateApplications1764000000400';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE applications (
      id CHAR(36) NOT NULL PRIMARY KEY,
      owner_user_id CHAR(36) NOT NULL,
      channel_partner_code VARCHAR(32) NULL,
      status VARCHAR(32) NOT NULL,
      full_name VARCHAR(100) NOT NULL,
      dob DATE NOT NULL,
      mobile CHAR(10) NOT NULL,
      email VARCHAR(254) NOT NULL,
      pan CHAR(10) NOT NULL,
      employment_type VARCHAR(16) NOT NULL,
      monthly_income DECIMAL(14,2) NOT NULL,
      existing_emi_monthly DECIMAL(14,2) NOT NULL,
      pincode CHAR(6) NOT NULL,
      city VARCHAR(60) NOT NULL,
      state VARCHAR(60) NOT NULL,
      loan_amount DECIMAL(14,2) NOT NULL,
      tenure_months INT NOT NULL,
      purpose VARCHAR(60) NOT NULL,
      sanctioned_amount DECIMAL(14,2) NULL,
      has_extra TINYINT(1) NOT NULL DEFAULT 0,
      idempotency_key VARCHAR(100) NULL,
      version INT NOT NULL DEFAULT 0,
      created_at DATETIME(3) NOT NULL,
      updated_at DATETIME(3) NOT NULL,
      UNIQUE KEY uq_applications_owner_idempotency (owner_user_id, idempotency_key),
      INDEX idx_applications_owner (owner_user_id, created_at),
      INDEX idx_applications_partner (channel_partner_code, created_at),
      INDEX idx_applications_status (status, created_at)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`);
    await queryRunner.query(`CREATE TABLE application_status_log (
      id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
      application_id CHAR(36) NOT NULL,
      from_status VARCHAR(32) NULL,
      to_status VARCHAR(32) NOT NULL,
      actor VARCHAR(80) NOT NULL,
      reason VARCHAR(200) NULL,
      at DATETIME(3) NOT NULL,
      INDEX idx_status_log_application (application_id, id)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE application_status_log');
    await queryRunner.query('DROP TABLE applications');
  }
}
