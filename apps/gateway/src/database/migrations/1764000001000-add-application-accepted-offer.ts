import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The accepted offer and its lender (what our credit decision evaluates and, once approved, what the lender receives),
 * and the documents a referral asked for (one arriving evaluates the application again).
 */
export class AddApplicationAcceptedOffer1764000001000 implements MigrationInterface {
  name = 'AddApplicationAcceptedOffer1764000001000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE applications ADD COLUMN accepted_offer_id CHAR(36) NULL AFTER accepted_amount, ' +
        'ADD COLUMN accepted_partner_code VARCHAR(32) NULL AFTER accepted_offer_id, ' +
        'ADD COLUMN documents_required VARCHAR(200) NULL AFTER accepted_partner_code',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE applications DROP COLUMN documents_required, DROP COLUMN accepted_partner_code, DROP COLUMN accepted_offer_id',
    );
  }
}
