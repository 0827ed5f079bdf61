import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateKycSubmissions1764000000600 implements MigrationInterface {
  name = 'CreateKycSubmissions1764000000600';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE kyc_submissions (
      kyc_id CHAR(36) NOT NULL PRIMARY KEY,
      application_id CHAR(36) NOT NULL,
      command_id CHAR(36) NOT NULL,
      status VARCHAR(16) NOT NULL,
      score INT NULL,
      revision INT NOT NULL DEFAULT 0,
      aadhaar_last4 CHAR(4) NOT NULL,
      consent_text_version VARCHAR(40) NOT NULL,
      consent_at DATETIME(3) NOT NULL,
      submitted_by CHAR(36) NOT NULL,
      created_at DATETIME(3) NOT NULL,
      completed_at DATETIME(3) NULL,
      INDEX idx_kyc_submissions_application (application_id, created_at),
      INDEX idx_kyc_submissions_command (command_id)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE kyc_submissions');
  }
}
