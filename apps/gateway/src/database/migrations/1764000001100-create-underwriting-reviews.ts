import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The underwriting review desk: claims, maker-checker and decisions, their audit, SLA breaches; status log by status and time. */
export class CreateUnderwritingReviews1764000001100 implements MigrationInterface {
  name = 'CreateUnderwritingReviews1764000001100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE underwriting_reviews (
      application_id CHAR(36) NOT NULL,
      entered_review_at DATETIME(3) NOT NULL,
      claimed_by CHAR(36) NULL,
      claim_expires_at DATETIME(3) NULL,
      maker_id CHAR(36) NULL,
      maker_at DATETIME(3) NULL,
      maker_note VARCHAR(1000) NULL,
      maker_reason_codes VARCHAR(400) NULL,
      decision VARCHAR(16) NULL,
      reason_codes VARCHAR(400) NULL,
      note VARCHAR(1000) NULL,
      resolved_by VARCHAR(80) NULL,
      resolved_at DATETIME(3) NULL,
      created_at DATETIME(3) NOT NULL,
      PRIMARY KEY (application_id, entered_review_at)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`);
    await queryRunner.query(`CREATE TABLE underwriting_review_audit (
      id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
      application_id CHAR(36) NOT NULL,
      action VARCHAR(24) NOT NULL,
      actor VARCHAR(80) NOT NULL,
      reason_codes VARCHAR(400) NULL,
      note VARCHAR(1000) NULL,
      detail VARCHAR(200) NULL,
      at DATETIME(3) NOT NULL,
      INDEX idx_underwriting_review_audit_application (application_id, id)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`);
    await queryRunner.query(`CREATE TABLE underwriting_sla_breaches (
      application_id CHAR(36) NOT NULL PRIMARY KEY,
      deadline_at DATETIME(3) NOT NULL,
      overdue BOOLEAN NOT NULL,
      detected_at DATETIME(3) NOT NULL
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`);
    await queryRunner.query('CREATE INDEX idx_status_log_to_status_at ON application_status_log (to_status, at)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX idx_status_log_to_status_at ON application_status_log');
    await queryRunner.query('DROP TABLE underwriting_sla_breaches');
    await queryRunner.query('DROP TABLE underwriting_review_audit');
    await queryRunner.query('DROP TABLE underwriting_reviews');
  }
}
