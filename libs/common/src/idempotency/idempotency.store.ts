import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ErrorCode } from '@los/contracts';
import { LessThan, type Repository } from 'typeorm';
import { APP_CONFIG } from '../config/app-config.module.js';
import type { FeatureConfig } from '../config/load-config.js';
import { AppException } from '../errors/app.exception.js';
import { affectedRows } from '../persistence/affected-rows.js';
import { IdempotencyKeyEntity, IdempotencyStatus } from './idempotency-key.entity.js';

export type Claim = { kind: 'new' } | { kind: 'replay'; status: number; body: unknown };

/** A claim whose request died without finishing is taken over after this long. */
const ABANDONED_AFTER_MS = 60_000;

@Injectable()
export class IdempotencyStore {
  constructor(
    @Inject(APP_CONFIG) private readonly config: FeatureConfig<'auth'>,
    @InjectRepository(IdempotencyKeyEntity) private readonly keys: Repository<IdempotencyKeyEntity>,
  ) {}

  /** The primary key decides which of several concurrent requests runs; the others wait or replay. */
  async claim(scope: string, key: string, requestHash: string): Promise<Claim> {
    const now = new Date();
    const inserted = await this.keys
      .createQueryBuilder()
      .insert()
      .orIgnore()
      .values({
        scope,
        key,
        requestHash,
        status: IdempotencyStatus.InProgress,
        createdAt: now,
        expiresAt: new Date(now.getTime() + this.config.IDEMPOTENCY_TTL_HOURS * 3_600_000),
      })
      .execute();
    if (affectedRows(inserted.raw) === 1) return { kind: 'new' };

    const existing = await this.keys.findOneByOrFail({ scope, key });
    if (existing.requestHash !== requestHash) {
      throw new AppException(ErrorCode.IdempotencyKeyReused, 'This Idempotency-Key was used with a different request');
    }
    if (existing.status === IdempotencyStatus.Completed) {
      return { kind: 'replay', status: existing.responseStatus!, body: existing.responseBody };
    }
    if (now.getTime() - existing.createdAt.getTime() > ABANDONED_AFTER_MS && (await this.takeOver(existing, now))) {
      return { kind: 'new' };
    }
    throw new AppException(ErrorCode.IdempotencyInProgress, 'A request with this Idempotency-Key is still being processed');
  }

  async complete(scope: string, key: string, status: number, body: unknown): Promise<void> {
    await this.keys.update(
      { scope, key },
      { status: IdempotencyStatus.Completed, responseStatus: status, responseBody: (body ?? null) as object | null },
    );
  }

  /** A server failure is not an answer: the client may retry with the same key. */
  async release(scope: string, key: string): Promise<void> {
    await this.keys.delete({ scope, key, status: IdempotencyStatus.InProgress });
  }

  async deleteExpired(): Promise<void> {
    await this.keys.delete({ expiresAt: LessThan(new Date()) });
  }

  private async takeOver(existing: IdempotencyKeyEntity, now: Date): Promise<boolean> {
    const result = await this.keys.update(
      { scope: existing.scope, key: existing.key, status: IdempotencyStatus.InProgress, createdAt: existing.createdAt },
      { createdAt: now },
    );
    return result.affected === 1;
  }
}
