import type { MigrationInterface, QueryRunner } from 'typeorm';
import { KUBER_OCEAN_SEEDS } from '../seeds/connection-seeds.js';
import { insertConnectionSeeds } from '../seeds/insert-connection-seeds.js';

/** UDYAM_FINSERV through KUBER and SETU_MICROLOANS through OCEAN, disabled until an operator switches them on. */
export class ConnectKuberAndOcean1765000000500 implements MigrationInterface {
  name = 'ConnectKuberAndOcean1765000000500';

  async up(queryRunner: QueryRunner): Promise<void> {
    await insertConnectionSeeds(queryRunner, KUBER_OCEAN_SEEDS);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DELETE FROM partner_connections WHERE partner_code IN (?)', [
      KUBER_OCEAN_SEEDS.map((seed) => seed.partnerCode),
    ]);
  }
}
