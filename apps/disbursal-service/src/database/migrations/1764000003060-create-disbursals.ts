import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One disbursal per application (its primary key), the lender events applied to it once each, and the reconciler's
 * checks with each correction's before and after.
 */
export class CreateDisbursals1764000003060 implements MigrationInterface {
  name = 'CreateDisbursals1764000003060';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE disbursals (
      application_id CHAR(36) NOT NULL PRIMARY KEY,
      partner_code VARCHAR(32) NOT NULL,
      partner_reference VARCHAR(100) NOT NULL,
      initiation INT NOT NULL,
      request_id VARCHAR(100) NOT NULL,
      command_id CHAR(36) NOT NULL,
      account_id CHAR(36) NOT NULL,
      status VARCHAR(16) NOT NULL,
      sanctioned_amount DECIMAL(14,2) NOT NULL,
      processing_fee DECIMAL(14,2) NOT NULL,
      gst_on_fees DECIMAL(14,2) NOT NULL,
      expected_amount DECIMAL(14,2) NOT NULL,
      disbursed_amount DECIMAL(14,2) NULL,
      utr VARCHAR(22) NULL,
      value_date DATE NULL,
      lender_disbursal_ref VARCHAR(100) NULL,
      failure_reason VARCHAR(200) NULL,
      failure_retryable TINYINT(1) NULL,
      attempts INT NOT NULL DEFAULT 0,
      next_attempt_at DATETIME(3) NULL,
      last_error VARCHAR(64) NULL,
      mismatch_amount DECIMAL(14,2) NULL,
      sla_breached_at DATETIME(3) NULL,
      requested_at DATETIME(3) NOT NULL,
      updated_at DATETIME(3) NOT NULL,
      finalized_at DATETIME(3) NULL,
      version INT NOT NULL DEFAULT 0,
      UNIQUE KEY uq_disbursals_request_id (request_id),
      INDEX idx_disbursals_partner_reference (partner_code, partner_reference),
      INDEX idx_disbursals_due (status, next_attempt_at)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`);
    await queryRunner.query(`CREATE TABLE disbursal_lender_events (
      partner_code VARCHAR(32) NOT NULL,
      event_id VARCHAR(128) NOT NULL,
      application_id CHAR(36) NULL,
      status VARCHAR(32) NOT NULL,
      outcome VARCHAR(16) NOT NULL,
      received_at DATETIME(3) NOT NULL,
      PRIMARY KEY (partner_code, event_id)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`);
    await queryRunner.query(`CREATE TABLE disbursal_reconciliations (
      id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
      application_id CHAR(36) NOT NULL,
      partner_code VARCHAR(32) NOT NULL,
      source VARCHAR(16) NOT NULL,
      outcome VARCHAR(16) NOT NULL,
      before_state JSON NULL,
      after_state JSON NULL,
      at DATETIME(3) NOT NULL,
      INDEX idx_disbursal_reconciliations_at (at, outcome)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE disbursal_reconciliations');
    await queryRunner.query('DROP TABLE disbursal_lender_events');
    await queryRunner.query('DROP TABLE disbursals');
  }
}
