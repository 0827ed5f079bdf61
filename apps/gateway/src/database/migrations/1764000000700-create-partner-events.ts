import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Which lender holds each accepted application (and under what reference), and every lender event received. */
export class CreatePartnerEvents1764000000700 implements MigrationInterface {
  name = 'CreatePartnerEvents1764000000700';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE applications
      ADD COLUMN partner_code VARCHAR(32) NULL,
      ADD COLUMN partner_reference VARCHAR(100) NULL,
      ADD COLUMN partner_status VARCHAR(32) NULL,
      ADD UNIQUE KEY uq_applications_partner_reference (partner_code, partner_reference)`);
    await queryRunner.query(`CREATE TABLE partner_events (
      partner_code VARCHAR(32) NOT NULL,
      event_id VARCHAR(128) NOT NULL,
      partner_reference VARCHAR(100) NOT NULL,
      status VARCHAR(32) NOT NULL,
      occurred_at DATETIME(3) NOT NULL,
      received_at DATETIME(3) NOT NULL,
      application_id CHAR(36) NULL,
      outcome VARCHAR(16) NOT NULL,
      PRIMARY KEY (partner_code, event_id),
      INDEX idx_partner_events_reference (partner_code, partner_reference, outcome)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE partner_events');
    await queryRunner.query(`ALTER TABLE applications DROP INDEX uq_applications_partner_reference,
      DROP COLUMN partner_status, DROP COLUMN partner_reference, DROP COLUMN partner_code`);
  }
}
