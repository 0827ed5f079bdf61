import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The KYC review desk: claims and resolutions of reviews, and their audit. */
export class CreateKycReviews1764000000950 implements MigrationInterface {
  name = 'CreateKycReviews1764000000950';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE kyc_reviews (
      kyc_id CHAR(36) NOT NULL PRIMARY KEY,
      application_id CHAR(36) NOT NULL,
      claimed_by CHAR(36) NULL,
      claim_expires_at DATETIME(3) NULL,
      decision VARCHAR(16) NULL,
      reason_code VARCHAR(40) NULL,
      note VARCHAR(1000) NULL,
      resolved_by VARCHAR(80) NULL,
      resolved_at DATETIME(3) NULL,
      created_at DATETIME(3) NOT NULL,
      INDEX idx_kyc_reviews_application (application_id)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`);
    await queryRunner.query(`CREATE TABLE kyc_review_audit (
      id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
      kyc_id CHAR(36) NOT NULL,
      application_id CHAR(36) NOT NULL,
      action VARCHAR(24) NOT NULL,
      actor VARCHAR(80) NOT NULL,
      detail VARCHAR(200) NULL,
      at DATETIME(3) NOT NULL,
      INDEX idx_kyc_review_audit_application (application_id, id)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE kyc_review_audit');
    await queryRunner.query('DROP TABLE kyc_reviews');
  }
}
