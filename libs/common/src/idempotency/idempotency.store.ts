import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ErrorCode } from '@los/contracts';
import { randomUUID } from 'node:crypto';
import { IsNull, LessThan, type EntityManager, type Repository } from 'typeorm';
import { APP_CONFIG } from '../config/app-config.module.js';
import type { FeatureConfig } from '../config/load-config.js';
import { AppException } from '../errors/app.exception.js';
import { affectedRows } from '../persistence/affected-rows.js';
import { IdempotencyBusyException } from './idempotency-busy.exception.js';
import { leaseEnd, retryAfterSeconds } from './idempotency-lease.js';
import { IdempotencyKeyEntity, IdempotencyStatus } from './idempotency-key.entity.js';
import type { IdempotentRequest } from './idempotent-request.js';

export type Claim = { kind: 'new'; holder: string } | { kind: 'replay'; status: number; body: unknown };

@Injectable()
export class IdempotencyStore {
  constructor(
    @Inject(APP_CONFIG) private readonly config: FeatureConfig<'auth'>,
    @InjectRepository(IdempotencyKeyEntity) private readonly keys: Repository<IdempotencyKeyEntity>,
  ) {}

  /** The primary key decides which of several concurrent requests runs; the others wait or replay. */
  async claim(scope: string, key: string, requestHash: string, now = new Date()): Promise<Claim> {
    const holder = randomUUID();
    const inserted = await this.keys
      .createQueryBuilder()
      .insert()
      .orIgnore()
      .values({
        scope,
        key,
        requestHash,
        status: IdempotencyStatus.InProgress,
        holder,
        leaseUntil: leaseEnd(now),
        createdAt: now,
        expiresAt: new Date(now.getTime() + this.config.IDEMPOTENCY_TTL_HOURS * 3_600_000),
      })
      .execute();
    if (affectedRows(inserted.raw) === 1) return { kind: 'new', holder };

    const existing = await this.keys.findOneByOrFail({ scope, key });
    return this.decide(existing, requestHash, holder, now);
  }

  /** Keeps the lease of a running request. */
  async renew(request: IdempotentRequest, now = new Date()): Promise<void> {
    await this.keys.update({ scope: request.scope, key: request.key, holder: request.holder }, { leaseUntil: leaseEnd(now) });
  }

  /**
   * Inside the effect's transaction: the key becomes COMMITTED (or COMPLETED with a staged response) in the
   * same commit. A claim taken over meanwhile matches no row, and the effect rolls back.
   */
  async markCommitted(manager: EntityManager, request: IdempotentRequest, now = new Date()): Promise<void> {
    const staged = request.response;
    const result = await manager.update(
      IdempotencyKeyEntity,
      { scope: request.scope, key: request.key, holder: request.holder },
      staged
        ? {
            status: IdempotencyStatus.Completed,
            responseStatus: request.successStatus,
            responseBody: (staged.body ?? null) as object | null,
            leaseUntil: leaseEnd(now),
          }
        : { status: IdempotencyStatus.Committed, leaseUntil: leaseEnd(now) },
    );
    if (result.affected !== 1) throw new IdempotencyBusyException(1, 'This Idempotency-Key was taken over by a retry; nothing was changed');
  }

  async complete(request: IdempotentRequest, status: number, body: unknown): Promise<void> {
    await this.keys.update(
      { scope: request.scope, key: request.key, holder: request.holder },
      { status: IdempotencyStatus.Completed, responseStatus: status, responseBody: (body ?? null) as object | null },
    );
  }

  /**
   * A server failure is not an answer: a key whose effect never committed is freed for a retry; one whose
   * effect committed keeps that fact, and its lease ends now.
   */
  async release(request: IdempotentRequest): Promise<void> {
    const where = { scope: request.scope, key: request.key, holder: request.holder };
    await this.keys.delete({ ...where, status: IdempotencyStatus.InProgress });
    await this.keys.update({ ...where, status: IdempotencyStatus.Committed }, { leaseUntil: new Date() });
  }

  async deleteExpired(): Promise<void> {
    await this.keys.delete({ expiresAt: LessThan(new Date()) });
  }

  private async decide(existing: IdempotencyKeyEntity, requestHash: string, holder: string, now: Date): Promise<Claim> {
    if (existing.requestHash !== requestHash) {
      throw new AppException(ErrorCode.IdempotencyKeyReused, 'This Idempotency-Key was used with a different request');
    }
    if (existing.status === IdempotencyStatus.Completed) {
      return { kind: 'replay', status: existing.responseStatus!, body: existing.responseBody };
    }
    const leaseAlive = existing.leaseUntil !== null && existing.leaseUntil.getTime() > now.getTime();
    if (leaseAlive) throw new IdempotencyBusyException(retryAfterSeconds(existing.leaseUntil, now));
    if (existing.status === IdempotencyStatus.Committed) {
      throw new AppException(
        ErrorCode.IdempotencyOutcomeLost,
        'The request with this Idempotency-Key took effect but its response was lost; read the resource to see the outcome',
      );
    }
    if (await this.takeOver(existing, holder, now)) return { kind: 'new', holder };
    // Another retry took it over first.
    throw new IdempotencyBusyException(retryAfterSeconds(leaseEnd(now), now));
  }

  private async takeOver(existing: IdempotencyKeyEntity, holder: string, now: Date): Promise<boolean> {
    const result = await this.keys.update(
      {
        scope: existing.scope,
        key: existing.key,
        status: IdempotencyStatus.InProgress,
        holder: existing.holder ?? IsNull(),
        leaseUntil: existing.leaseUntil ?? IsNull(),
      },
      { holder, leaseUntil: leaseEnd(now), createdAt: now },
    );
    return result.affected === 1;
  }
}
