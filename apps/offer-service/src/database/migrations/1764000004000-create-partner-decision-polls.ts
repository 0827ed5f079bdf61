import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The decision reconciler's record of each undecided submission it asked its lender about. A table of its own (not
 * columns of partner_submissions): this migration's timestamp sorts before the one creating that table.
 */
export class CreatePartnerDecisionPolls1764000004000 implements MigrationInterface {
  name = 'CreatePartnerDecisionPolls1764000004000';

  async up(queryRunner: QueryRunner): Promise<void> {
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
  }
}
