import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DecisionTablePublisher } from '../decision-table.publisher.js';
import { DecisionTablesRepository } from '../decision-tables.repository.js';
import { DECISION_TABLE_SEEDS } from './decision-table-seeds.js';

/** Inserts the lenders' first tables at boot when missing, and completes audit rows a crash left out. */
@Injectable()
export class DecisionTableSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger(DecisionTableSeeder.name);

  constructor(
    private readonly tables: DecisionTablesRepository,
    private readonly publisher: DecisionTablePublisher,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.tables.ensureIndexes();
    for (const seed of DECISION_TABLE_SEEDS) await this.publisher.seed(seed.tableId, seed.content);
    await this.publisher.completeAudits();
    this.logger.log(`Decision tables ready (${DECISION_TABLE_SEEDS.length} seeded lenders)`);
  }
}
