import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The application event log: the id is the stream's event id, so it only grows. */
export class CreateApplicationEvents1764000001200 implements MigrationInterface {
  name = 'CreateApplicationEvents1764000001200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE application_events (
      id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
      application_id CHAR(36) NOT NULL,
      type VARCHAR(64) NOT NULL,
      from_status VARCHAR(32) NULL,
      to_status VARCHAR(32) NULL,
      at DATETIME(3) NOT NULL,
      payload JSON NOT NULL,
      INDEX idx_application_events_application (application_id, id)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE application_events');
  }
}
