import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { isDuplicateKey } from '@los/common';
import type { Repository } from 'typeorm';
import { DecisionRecordEntity } from './decision-record.entity.js';

@Injectable()
export class DecisionRecordsRepository {
  constructor(@InjectRepository(DecisionRecordEntity) private readonly records: Repository<DecisionRecordEntity>) {}

  findByCommand(commandId: string): Promise<DecisionRecordEntity | null> {
    return this.records.findOneBy({ commandId });
  }

  findBySnapshot(applicationId: string, snapshotId: string): Promise<DecisionRecordEntity | null> {
    return this.records.findOneBy({ applicationId, snapshotId });
  }

  latestOf(applicationId: string): Promise<DecisionRecordEntity | null> {
    return this.records.findOne({ where: { applicationId }, order: { decidedAt: 'DESC', id: 'ASC' } });
  }

  /** Keeps the first decision on a snapshot: a concurrent one gets that one back. */
  async record(decision: DecisionRecordEntity): Promise<DecisionRecordEntity> {
    try {
      await this.records.insert(decision);
      return decision;
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      const first = await this.findBySnapshot(decision.applicationId, decision.snapshotId);
      if (!first) throw error;
      return first;
    }
  }
}
