import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The payout account of each application (last 4 digits only), its penny-drop verification and any ops review. */
export class CreateApplicationBankAccounts1764000001300 implements MigrationInterface {
  name = 'CreateApplicationBankAccounts1764000001300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE application_bank_accounts (
        application_id CHAR(36) NOT NULL PRIMARY KEY,
        account_id CHAR(36) NOT NULL,
        ifsc CHAR(11) NOT NULL,
        bank_name VARCHAR(100) NULL,
        account_last4 CHAR(4) NOT NULL,
        holder_name VARCHAR(100) NOT NULL,
        status VARCHAR(16) NOT NULL,
        reason VARCHAR(200) NULL,
        name_match_decision VARCHAR(16) NULL,
        name_match_score INT NULL,
        command_id CHAR(36) NOT NULL,
        added_by CHAR(36) NOT NULL,
        created_at DATETIME(3) NOT NULL,
        updated_at DATETIME(3) NOT NULL,
        verified_at DATETIME(3) NULL,
        reviewed_by CHAR(36) NULL,
        review_note VARCHAR(1000) NULL,
        INDEX idx_application_bank_accounts_command (command_id)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE application_bank_accounts');
  }
}
