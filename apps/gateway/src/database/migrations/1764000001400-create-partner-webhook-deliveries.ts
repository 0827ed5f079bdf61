import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Lender webhooks received while offer-service could not verify them, kept until it can (or it refuses them). */
export class CreatePartnerWebhookDeliveries1764000001400 implements MigrationInterface {
  name = 'CreatePartnerWebhookDeliveries1764000001400';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE partner_webhook_deliveries (
      id CHAR(36) NOT NULL,
      partner_code VARCHAR(32) NOT NULL,
      headers JSON NOT NULL,
      raw_body MEDIUMBLOB NOT NULL,
      correlation_id VARCHAR(128) NOT NULL,
      status VARCHAR(16) NOT NULL,
      attempts INT NOT NULL DEFAULT 0,
      claim_token CHAR(36) NULL,
      next_attempt_at DATETIME(3) NOT NULL,
      received_at DATETIME(3) NOT NULL,
      completed_at DATETIME(3) NULL,
      failure_code VARCHAR(64) NULL,
      events_received INT NULL,
      PRIMARY KEY (id),
      INDEX idx_partner_webhook_deliveries_due (status, next_attempt_at),
      INDEX idx_partner_webhook_deliveries_received (status, received_at)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE partner_webhook_deliveries');
  }
}
