import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Outbound partner webhooks: subscriptions, one delivery per (subscription, event), and every attempt. */
export class CreateWebhooks1764000001220 implements MigrationInterface {
  name = 'CreateWebhooks1764000001220';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE webhook_subscriptions (
      id CHAR(36) NOT NULL PRIMARY KEY,
      partner_code VARCHAR(32) NOT NULL,
      url VARCHAR(2048) NOT NULL,
      secret VARCHAR(100) NOT NULL,
      event_types JSON NOT NULL,
      active BOOLEAN NOT NULL DEFAULT TRUE,
      created_by VARCHAR(80) NOT NULL,
      created_at DATETIME(3) NOT NULL,
      INDEX idx_webhook_subscriptions_partner (partner_code, active)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`);
    await queryRunner.query(`CREATE TABLE webhook_deliveries (
      id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
      subscription_id CHAR(36) NOT NULL,
      event_id BIGINT NOT NULL,
      event_type VARCHAR(64) NOT NULL,
      status VARCHAR(10) NOT NULL,
      attempts INT NOT NULL DEFAULT 0,
      next_attempt_at DATETIME(3) NOT NULL,
      claimed_until DATETIME(3) NULL,
      claimed_by CHAR(36) NULL,
      created_at DATETIME(3) NOT NULL,
      delivered_at DATETIME(3) NULL,
      UNIQUE KEY uq_webhook_deliveries_event (subscription_id, event_id),
      INDEX idx_webhook_deliveries_due (status, next_attempt_at)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`);
    await queryRunner.query(`CREATE TABLE webhook_attempts (
      id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
      delivery_id BIGINT NOT NULL,
      at DATETIME(3) NOT NULL,
      status_code INT NULL,
      error VARCHAR(200) NULL,
      duration_ms INT NOT NULL,
      INDEX idx_webhook_attempts_delivery (delivery_id, id)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE webhook_attempts');
    await queryRunner.query('DROP TABLE webhook_deliveries');
    await queryRunner.query('DROP TABLE webhook_subscriptions');
  }
}
