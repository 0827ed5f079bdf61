import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DisbursalStatus } from '@los/contracts';
import { Between, In, IsNull, LessThanOrEqual, Not, type EntityManager, type Repository } from 'typeorm';
import { DisbursalReconciliationEntity, ReconciliationOutcome } from './entities/disbursal-reconciliation.entity.js';
import { DisbursalEntity } from './entities/disbursal.entity.js';

const OPEN = In([DisbursalStatus.Requested, DisbursalStatus.Processing]);

/** The disbursal service's own `disbursals` and `disbursal_reconciliations`. */
@Injectable()
export class DisbursalsRepository {
  constructor(
    @InjectRepository(DisbursalEntity) private readonly disbursals: Repository<DisbursalEntity>,
    @InjectRepository(DisbursalReconciliationEntity) private readonly checks: Repository<DisbursalReconciliationEntity>,
  ) {}

  findByApplicationId(applicationId: string): Promise<DisbursalEntity | null> {
    return this.disbursals.findOneBy({ applicationId });
  }

  lockByApplicationId(manager: EntityManager, applicationId: string): Promise<DisbursalEntity | null> {
    return manager.findOne(DisbursalEntity, { where: { applicationId }, lock: { mode: 'pessimistic_write' } });
  }

  lockByReference(manager: EntityManager, partnerCode: string, partnerReference: string): Promise<DisbursalEntity | null> {
    return manager.findOne(DisbursalEntity, { where: { partnerCode, partnerReference }, lock: { mode: 'pessimistic_write' } });
  }

  /** Calls due now: REQUESTED with its next attempt time passed. */
  dueForAttempt(now: Date, limit = 50): Promise<DisbursalEntity[]> {
    return this.disbursals.find({
      where: { status: DisbursalStatus.Requested, nextAttemptAt: LessThanOrEqual(now) },
      order: { nextAttemptAt: 'ASC' },
      take: limit,
    });
  }

  /** Open disbursals at these partners that the lender has taken (PROCESSING). */
  processingAt(partnerCodes: string[], limit = 100): Promise<DisbursalEntity[]> {
    if (partnerCodes.length === 0) return Promise.resolve([]);
    return this.disbursals.find({
      where: { status: DisbursalStatus.Processing, partnerCode: In(partnerCodes) },
      order: { updatedAt: 'ASC' },
      take: limit,
    });
  }

  /** Every open disbursal requested before `before`, not held for ops over its amount. */
  openRequestedBefore(before: Date, limit = 200): Promise<DisbursalEntity[]> {
    return this.disbursals.find({
      where: { status: OPEN, requestedAt: LessThanOrEqual(before), mismatchAmount: IsNull() },
      order: { requestedAt: 'ASC' },
      take: limit,
    });
  }

  openSlaCandidates(): Promise<DisbursalEntity[]> {
    return this.disbursals.find({ where: { status: OPEN, slaBreachedAt: IsNull() }, take: 200 });
  }

  countOpenRequestedBefore(before: Date): Promise<number> {
    return this.disbursals.count({ where: { status: OPEN, requestedAt: LessThanOrEqual(before) } });
  }

  checksBetween(from: Date, to: Date): Promise<DisbursalReconciliationEntity[]> {
    return this.checks.find({ where: { at: Between(from, new Date(to.getTime() - 1)) }, order: { at: 'ASC' } });
  }

  changesBetween(from: Date, to: Date): Promise<DisbursalReconciliationEntity[]> {
    return this.checks.find({
      where: { at: Between(from, new Date(to.getTime() - 1)), outcome: Not(ReconciliationOutcome.Matched) },
      order: { at: 'ASC' },
    });
  }
}
