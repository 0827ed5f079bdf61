import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateOffers1765000000300 implements MigrationInterface {
  name = 'CreateOffers1765000000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE offer_sets (
      id CHAR(36) NOT NULL PRIMARY KEY,
      application_id CHAR(36) NOT NULL,
      generation INT NOT NULL,
      bureau_score SMALLINT NOT NULL,
      inputs JSON NOT NULL,
      results JSON NOT NULL,
      computed_at DATETIME(3) NOT NULL,
      valid_until DATETIME(3) NOT NULL,
      UNIQUE KEY uq_offer_sets_application_generation (application_id, generation)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`);
    await queryRunner.query(`CREATE TABLE offers (
      id CHAR(36) NOT NULL PRIMARY KEY,
      offer_set_id CHAR(36) NOT NULL,
      application_id CHAR(36) NOT NULL,
      partner_code VARCHAR(32) NOT NULL,
      rule_version INT NOT NULL,
      amount DECIMAL(14,2) NOT NULL,
      tenure_months INT NOT NULL,
      annual_rate_percent DECIMAL(7,4) NOT NULL,
      emi DECIMAL(14,2) NOT NULL,
      processing_fee DECIMAL(14,2) NOT NULL,
      gst_percent DECIMAL(7,4) NOT NULL,
      gst_on_fees DECIMAL(14,2) NOT NULL,
      net_disbursed DECIMAL(14,2) NOT NULL,
      apr DECIMAL(9,2) NOT NULL,
      valid_until DATETIME(3) NOT NULL,
      status VARCHAR(16) NOT NULL,
      accepted_at DATETIME(3) NULL,
      created_at DATETIME(3) NOT NULL,
      INDEX idx_offers_application (application_id),
      CONSTRAINT fk_offers_offer_set FOREIGN KEY (offer_set_id) REFERENCES offer_sets (id),
      CONSTRAINT fk_offers_rule_version FOREIGN KEY (partner_code, rule_version) REFERENCES partner_rule_versions (partner_code, version)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`);
    await queryRunner.query(`CREATE TABLE offer_acceptances (
      application_id CHAR(36) NOT NULL PRIMARY KEY,
      offer_id CHAR(36) NOT NULL,
      kfs JSON NOT NULL,
      accepted_at DATETIME(3) NOT NULL,
      UNIQUE KEY uq_offer_acceptances_offer (offer_id),
      CONSTRAINT fk_offer_acceptances_offer FOREIGN KEY (offer_id) REFERENCES offers (id)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE offer_acceptances');
    await queryRunner.query('DROP TABLE offers');
    await queryRunner.query('DROP TABLE offer_sets');
  }
}
