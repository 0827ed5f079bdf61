import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateKycOtpRequests1764000000860 implements MigrationInterface {
  name = 'CreateKycOtpRequests1764000000860';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE kyc_otp_requests (
      id CHAR(36) NOT NULL PRIMARY KEY,
      application_id CHAR(36) NOT NULL,
      requested_by CHAR(36) NOT NULL,
      used_by_kyc_id CHAR(36) NULL,
      created_at DATETIME(3) NOT NULL,
      INDEX idx_kyc_otp_requests_application (application_id, created_at)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`);
    // Counting a PAN's attempts across applications joins on it.
    await queryRunner.query('CREATE INDEX idx_applications_pan ON applications (pan)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX idx_applications_pan ON applications');
    await queryRunner.query('DROP TABLE kyc_otp_requests');
  }
}
