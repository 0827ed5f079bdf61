import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Borrower notifications: one row per (event, channel, recipient), the durable truth of what was sent or failed. */
export class CreateNotificationDeliveries1764000001210 implements MigrationInterface {
  name = 'CreateNotificationDeliveries1764000001210';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE notification_deliveries (
      id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
      event_id BIGINT NOT NULL,
      application_id CHAR(36) NOT NULL,
      template_id VARCHAR(40) NOT NULL,
      channel VARCHAR(8) NOT NULL,
      recipient VARCHAR(254) NOT NULL,
      status VARCHAR(8) NOT NULL,
      attempts INT NOT NULL DEFAULT 0,
      next_attempt_at DATETIME(3) NOT NULL,
      claimed_until DATETIME(3) NULL,
      claimed_by CHAR(36) NULL,
      last_error VARCHAR(200) NULL,
      provider_message_id VARCHAR(200) NULL,
      created_at DATETIME(3) NOT NULL,
      sent_at DATETIME(3) NULL,
      UNIQUE KEY uq_notification_deliveries_event (event_id, channel, recipient),
      INDEX idx_notification_deliveries_due (status, next_attempt_at),
      INDEX idx_notification_deliveries_application (application_id, id)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE notification_deliveries');
  }
}
