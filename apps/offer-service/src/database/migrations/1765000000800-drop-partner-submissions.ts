import type { MigrationInterface, QueryRunner } from 'typeorm';
import { CREATE_PARTNER_SUBMISSIONS } from './1765000000600-create-partner-submissions.js';

/**
 * partner_submissions moved to disbursal-service, which owns the lender relationship after acceptance; nothing in
 * this service reads or writes it. Down recreates it empty, as 1765000000600 made it.
 */
export class DropPartnerSubmissions1765000000800 implements MigrationInterface {
  name = 'DropPartnerSubmissions1765000000800';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE partner_submissions');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(CREATE_PARTNER_SUBMISSIONS);
  }
}
