import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Outbox, inbox and processed-event tables: every service that sends or receives commands has them. */
export class CreateDurableTables1764000000000 implements MigrationInterface {
  name = 'CreateDurableTables1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE outbox_commands (
      id CHAR(36) NOT NULL PRIMARY KEY,
      pattern VARCHAR(80) NOT NULL,
      envelope JSON NOT NULL,
      status VARCHAR(16) NOT NULL,
      attempts INT NOT NULL DEFAULT 0,
      due_at DATETIME(3) NOT NULL,
      created_at DATETIME(3) NOT NULL,
      completed_at DATETIME(3) NULL,
      last_error VARCHAR(64) NULL,
      INDEX idx_outbox_due (status, due_at)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`);
    await queryRunner.query(`CREATE TABLE inbox_commands (
      id CHAR(36) NOT NULL PRIMARY KEY,
      pattern VARCHAR(80) NOT NULL,
      envelope JSON NOT NULL,
      status VARCHAR(16) NOT NULL,
      attempts INT NOT NULL DEFAULT 0,
      due_at DATETIME(3) NOT NULL,
      result JSON NULL,
      received_at DATETIME(3) NOT NULL,
      completed_at DATETIME(3) NULL,
      INDEX idx_inbox_due (status, due_at)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`);
    await queryRunner.query(`CREATE TABLE processed_events (
      event_id VARCHAR(160) NOT NULL PRIMARY KEY,
      command_id CHAR(36) NOT NULL,
      type VARCHAR(80) NOT NULL,
      processed_at DATETIME(3) NOT NULL
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE processed_events');
    await queryRunner.query('DROP TABLE inbox_commands');
    await queryRunner.query('DROP TABLE outbox_commands');
  }
}
