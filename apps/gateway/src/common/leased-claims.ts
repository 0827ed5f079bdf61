import type { EntityManager, FindOptionsOrder, FindOptionsWhere, Repository } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';

/** The columns a table of claimed work shares: due at next_attempt_at, held by claimed_by until claimed_until. */
export interface LeasedRow {
  id: string;
  status: string;
  nextAttemptAt: Date;
  claimedBy: string | null;
  claimedUntil: Date | null;
}

/**
 * Rows that replicas take turns on: a claim marks due rows in one UPDATE, so of two replicas claiming at once each
 * row goes to one, and a lease left by a dead replica expires on the database clock. Only the holder settles a row.
 */
export class LeasedClaims<T extends LeasedRow> {
  constructor(
    private readonly rows: Repository<T>,
    private readonly pendingStatus: T['status'],
  ) {}

  /** Claims up to `limit` due rows for `claim` until `leaseMs` from now, oldest due first. */
  async claimDue(claim: string, limit: number, leaseMs: number): Promise<T[]> {
    await this.rows.query(
      `UPDATE ${this.rows.metadata.tableName} SET claimed_by = ?, claimed_until = NOW(3) + INTERVAL ? MICROSECOND
       WHERE status = ? AND next_attempt_at <= NOW(3) AND (claimed_until IS NULL OR claimed_until < NOW(3))
       ORDER BY next_attempt_at, id LIMIT ?`,
      [claim, leaseMs * 1000, this.pendingStatus, limit],
    );
    return this.rows.find({
      where: { claimedBy: claim, status: this.pendingStatus } as FindOptionsWhere<T>,
      order: { id: 'ASC' } as FindOptionsOrder<T>,
    });
  }

  /** Writes `change` to a row `claim` still holds and lets go of it; a row claimed since by another is left alone. */
  async settle(row: T, claim: string, change: QueryDeepPartialEntity<T>, manager: EntityManager = this.rows.manager): Promise<void> {
    await manager.update(
      this.rows.target,
      { id: row.id, claimedBy: claim } as FindOptionsWhere<T>,
      { ...change, claimedBy: null, claimedUntil: null } as QueryDeepPartialEntity<T>,
    );
  }
}
