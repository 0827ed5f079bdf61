import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The amount of the offer the borrower accepted: the sanctioned amount when the lender approves without naming one. */
export class AddApplicationAcceptedAmount1764000000960 implements MigrationInterface {
  name = 'AddApplicationAcceptedAmount1764000000960';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE applications ADD COLUMN accepted_amount DECIMAL(14,2) NULL AFTER sanctioned_amount');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE applications DROP COLUMN accepted_amount');
  }
}
