import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The accepted offer's KFS processing fee and GST on it: the disbursal pays the sanctioned amount less both. */
export class AddApplicationAcceptedFees1764000001600 implements MigrationInterface {
  name = 'AddApplicationAcceptedFees1764000001600';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE applications ADD COLUMN accepted_processing_fee DECIMAL(14,2) NULL AFTER accepted_amount, ADD COLUMN accepted_gst_on_fees DECIMAL(14,2) NULL AFTER accepted_processing_fee',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE applications DROP COLUMN accepted_gst_on_fees, DROP COLUMN accepted_processing_fee');
  }
}
