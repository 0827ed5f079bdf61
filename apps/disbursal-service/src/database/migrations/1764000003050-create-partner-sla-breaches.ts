import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The lender calls and disbursals of this service that were slower than the partner's SLA (`@los/nbfc` connectivity). */
export class CreatePartnerSlaBreaches1764000003050 implements MigrationInterface {
  name = 'CreatePartnerSlaBreaches1764000003050';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE partner_sla_breaches (
      id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
      partner_code VARCHAR(32) NOT NULL,
      operation VARCHAR(32) NOT NULL,
      application_id VARCHAR(64) NULL,
      figure_ms INT NOT NULL,
      threshold_ms INT NOT NULL,
      at DATETIME(3) NOT NULL,
      INDEX idx_partner_sla_breaches_partner_at (partner_code, at)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE partner_sla_breaches');
  }
}
