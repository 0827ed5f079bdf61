import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ApplicationStatus, ErrorCode } from '@los/contracts';
import type { EntityManager } from 'typeorm';
import { ApplicationEntity } from '../application.entity.js';
import { ApplicationLifecycle } from './application-lifecycle.service.js';
import { ApplicationStatusLogEntity } from './application-status-log.entity.js';

const ID = '9f1c2e1a-1111-4222-8333-444455556666';

/** One application row and its status log, with MySQL's conditional update; `beforeNextWrite` runs a concurrent writer. */
class FakeManager {
  row = { id: ID, status: ApplicationStatus.KycInProgress, version: 0 } as ApplicationEntity;
  readonly log: Partial<ApplicationStatusLogEntity>[] = [];
  beforeNextWrite?: () => void;

  findOneBy(_entity: unknown, where: { id: string }) {
    return Promise.resolve(where.id === this.row.id ? { ...this.row } : null);
  }

  update(_entity: unknown, where: Partial<ApplicationEntity>, patch: Partial<ApplicationEntity>) {
    const writer = this.beforeNextWrite;
    this.beforeNextWrite = undefined;
    writer?.();
    const hit = Object.entries(where).every(([key, value]) => this.row[key as keyof ApplicationEntity] === value);
    if (hit) Object.assign(this.row, patch);
    return Promise.resolve({ affected: hit ? 1 : 0 });
  }

  insert(entity: unknown, values: Partial<ApplicationStatusLogEntity>) {
    if (entity === ApplicationStatusLogEntity) this.log.push(values);
    return Promise.resolve();
  }
}

function setup() {
  const manager = new FakeManager();
  return { manager, sut: new ApplicationLifecycle(), em: manager as unknown as EntityManager };
}

describe('ApplicationLifecycle', () => {
  it('moves along the transition map, bumps the version and logs the move', async () => {
    const { manager, sut, em } = setup();
    const moved = await sut.transition(em, { applicationId: ID, to: ApplicationStatus.KycVerified, actor: 'service:kyc' });
    assert.deepEqual(
      [moved.status, manager.row.status, manager.row.version],
      [ApplicationStatus.KycVerified, ApplicationStatus.KycVerified, 1],
    );
    assert.deepEqual(
      manager.log.map((entry) => [entry.fromStatus, entry.toStatus]),
      [[ApplicationStatus.KycInProgress, ApplicationStatus.KycVerified]],
    );
  });

  it('rejects a stale update: the application went away and came back to the status read meanwhile', async () => {
    const { manager, sut, em } = setup();
    // A new KYC attempt: KYC_IN_PROGRESS → KYC_REVIEW → KYC_IN_PROGRESS between this read and this write.
    manager.beforeNextWrite = () => Object.assign(manager.row, { status: ApplicationStatus.KycInProgress, version: 2 });
    await assert.rejects(
      sut.transition(em, { applicationId: ID, to: ApplicationStatus.KycFailed, actor: 'service:kyc' }),
      (error: { code?: string; message?: string }) =>
        error.code === ErrorCode.InvalidTransition && /changed meanwhile/.test(error.message!),
    );
    assert.deepEqual([manager.row.status, manager.row.version, manager.log.length], [ApplicationStatus.KycInProgress, 2, 0]);
  });

  it('refuses a move the transition map does not allow, or from a status the caller no longer sees', async () => {
    const { manager, sut, em } = setup();
    await assert.rejects(sut.transition(em, { applicationId: ID, to: ApplicationStatus.Disbursed, actor: 'x' }), {
      code: ErrorCode.InvalidTransition,
    });
    await assert.rejects(
      sut.transition(em, { applicationId: ID, expectedFrom: ApplicationStatus.KycReview, to: ApplicationStatus.KycVerified, actor: 'x' }),
      { code: ErrorCode.InvalidTransition },
    );
    assert.deepEqual([manager.row.version, manager.log.length], [0, 0]);
  });
});
