import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Borrowers' bank accounts, the number encrypted, with the outcome of their penny-drop verification. */
export class CreateBankAccounts1764000003000 implements MigrationInterface {
  name = 'CreateBankAccounts1764000003000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE bank_accounts (
        id CHAR(36) NOT NULL PRIMARY KEY,
        application_id CHAR(36) NOT NULL,
        ifsc CHAR(11) NOT NULL,
        account_last4 CHAR(4) NOT NULL,
        holder_name VARCHAR(100) NOT NULL,
        key_id VARCHAR(32) NOT NULL,
        iv VARCHAR(32) NOT NULL,
        ciphertext VARCHAR(64) NOT NULL,
        tag VARCHAR(32) NOT NULL,
        created_at DATETIME(3) NOT NULL,
        verification_status VARCHAR(16) NULL,
        verification_reason VARCHAR(200) NULL,
        registered_name VARCHAR(100) NULL,
        name_match_decision VARCHAR(16) NULL,
        name_match_score INT NULL,
        bank_reference VARCHAR(32) NULL,
        verified_at DATETIME(3) NULL,
        INDEX idx_bank_accounts_application (application_id)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE bank_accounts');
  }
}
