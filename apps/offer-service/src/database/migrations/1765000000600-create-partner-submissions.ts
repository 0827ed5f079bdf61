import type { MigrationInterface, QueryRunner } from 'typeorm';

/** partner_submissions as this migration made it; 1765000000800's down makes it again. */
export const CREATE_PARTNER_SUBMISSIONS = `CREATE TABLE partner_submissions (
      application_id CHAR(36) NOT NULL PRIMARY KEY,
      offer_id CHAR(36) NOT NULL,
      partner_code VARCHAR(32) NOT NULL,
      request_id VARCHAR(64) NOT NULL,
      partner_reference VARCHAR(100) NULL,
      partner_status VARCHAR(32) NULL,
      failure_code VARCHAR(64) NULL,
      decided_at DATETIME(3) NULL,
      confirmed_at DATETIME(3) NULL,
      decision_sla_breached TINYINT(1) NOT NULL DEFAULT 0,
      created_at DATETIME(3) NOT NULL,
      updated_at DATETIME(3) NOT NULL,
      UNIQUE KEY uq_partner_submissions_reference (partner_code, partner_reference),
      INDEX idx_partner_submissions_undecided (decided_at, created_at),
      INDEX idx_partner_submissions_unconfirmed (partner_status, confirmed_at),
      CONSTRAINT fk_partner_submissions_offer FOREIGN KEY (offer_id) REFERENCES offers (id)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`;

/** The lender's quote id kept with each live offer, and one submission to the lender per accepted application. */
export class CreatePartnerSubmissions1765000000600 implements MigrationInterface {
  name = 'CreatePartnerSubmissions1765000000600';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE offers ADD COLUMN partner_quote_id VARCHAR(100) NULL AFTER valid_until');
    await queryRunner.query(CREATE_PARTNER_SUBMISSIONS);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE partner_submissions');
    await queryRunner.query('ALTER TABLE offers DROP COLUMN partner_quote_id');
  }
}
