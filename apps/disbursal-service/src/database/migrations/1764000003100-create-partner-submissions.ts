import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The lender submissions and the decision reconciler's polls, now kept by disbursal-service (which owns the lender
 * relationship after acceptance). offer-service's tables of the same names stay where they are, unused; no rows are
 * carried over at this project stage. The offer is offer-service's: referenced by id, with the lender's quote copied.
 */
export class CreatePartnerSubmissions1764000003100 implements MigrationInterface {
  name = 'CreatePartnerSubmissions1764000003100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE partner_submissions (
      application_id CHAR(36) NOT NULL PRIMARY KEY,
      offer_id CHAR(36) NOT NULL,
      partner_code VARCHAR(32) NOT NULL,
      partner_quote_id VARCHAR(100) NULL,
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
      INDEX idx_partner_submissions_unconfirmed (partner_status, confirmed_at)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`);
    await queryRunner.query(`CREATE TABLE partner_decision_polls (
      application_id CHAR(36) NOT NULL,
      poll_count INT NOT NULL DEFAULT 0,
      last_polled_at DATETIME(3) NULL,
      next_poll_at DATETIME(3) NOT NULL,
      last_outcome VARCHAR(64) NULL,
      PRIMARY KEY (application_id),
      INDEX idx_partner_decision_polls_next (next_poll_at)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE partner_decision_polls');
    await queryRunner.query('DROP TABLE partner_submissions');
  }
}
