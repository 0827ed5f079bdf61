import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ApplicationStatus, ErrorCode } from '@los/contracts';
import type { EntityManager } from 'typeorm';
import { ApplicationEntity } from '../application.entity.js';
import type { ApplicationEventEntity } from '../events/application-event.entity.js';
import type { ApplicationEventType } from '../events/application-event-type.js';
import { ApplicationEventLog } from '../events/application-event-log.service.js';
import { ApplicationLifecycle } from './application-lifecycle.service.js';
import type { ApplicationStatusLogEntity } from './application-status-log.entity.js';
import type { ComputeOffersTrigger } from './compute-offers.trigger.js';

const ID = '9f1c2e1a-1111-4222-8333-444455556666';

/** One application row and its status log, with MySQL's conditional update; `beforeNextWrite` runs a concurrent writer. */
class FakeManager {
  row = { id: ID, status: ApplicationStatus.KycInProgress, version: 0 } as ApplicationEntity;
  readonly log: Partial<ApplicationStatusLogEntity>[] = [];
  readonly events: Partial<ApplicationEventEntity>[] = [];
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

  readonly queries: string[] = [];

  /** One result per statement, as mysql2 answers a batch (`sqlBatch`) on a connection allowing several statements. */
  query(sql: string, values: unknown[]) {
    this.queries.push(sql);
    const statements = sql.split(';\n');
    let offset = 0;
    const results = statements.map((statement) => {
      const count = statement.split('?').length - 1;
      const result = this.statement(statement, values.slice(offset, offset + count));
      offset += count;
      return result;
    });
    return Promise.resolve(results.length === 1 ? results[0] : results);
  }

  private statement(sql: string, values: unknown[]) {
    if (sql.startsWith('INSERT INTO application_status_log')) {
      const [applicationId, fromStatus, toStatus, actor, reason, at] = values as [
        string,
        ApplicationStatus | null,
        ApplicationStatus,
        string,
        string | null,
        Date,
      ];
      this.log.push({ applicationId, fromStatus, toStatus, actor, reason, at });
    }
    if (sql.startsWith('INSERT INTO application_events')) {
      const [applicationId, type, fromStatus, toStatus, at, payload] = values as [
        string,
        ApplicationEventType,
        ApplicationStatus | null,
        ApplicationStatus,
        Date,
        string,
      ];
      this.events.push({
        applicationId,
        type,
        fromStatus,
        toStatus,
        at,
        payload: JSON.parse(payload) as ApplicationEventEntity['payload'],
      });
    }
    return { insertId: this.events.length };
  }
}

/** Records which applications it was asked to compute offers for, and in which transaction. */
class FakeTrigger {
  readonly calls: { manager: EntityManager; applicationId: string; status: ApplicationStatus; correlationId: string }[] = [];
  onKycVerified(manager: EntityManager, application: ApplicationEntity, correlationId: string) {
    this.calls.push({ manager, applicationId: application.id, status: application.status, correlationId });
    return Promise.resolve('command-id');
  }
}

function setup() {
  const manager = new FakeManager();
  const trigger = new FakeTrigger();
  const sut = new ApplicationLifecycle(trigger as unknown as ComputeOffersTrigger, new ApplicationEventLog(null as never));
  return { manager, trigger, sut, em: manager as unknown as EntityManager };
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
    assert.deepEqual(
      [manager.row.status, manager.row.version, manager.log.length, manager.events.length],
      [ApplicationStatus.KycInProgress, 2, 0, 0],
    );
  });

  it('records a status_changed event with the move and the new version, in the same transaction, without reason or actor', async () => {
    const { manager, sut, em } = setup();
    await sut.transition(em, { applicationId: ID, to: ApplicationStatus.KycReview, actor: 'user:someone', reason: 'Asha Verma asked' });
    assert.deepEqual(
      manager.events.map(({ at, ...event }) => ({ ...event, at: at instanceof Date })),
      [
        {
          applicationId: ID,
          type: 'application.status_changed',
          fromStatus: ApplicationStatus.KycInProgress,
          toStatus: ApplicationStatus.KycReview,
          payload: { version: 1 },
          at: true,
        },
      ],
    );
  });

  it('records an application.created event with the first status when the application is created', async () => {
    const { manager, sut, em } = setup();
    const createdAt = new Date('2026-01-02T03:04:05.006Z');
    await sut.recordCreation(em, { ...manager.row, status: ApplicationStatus.LeadCreated, createdAt } as ApplicationEntity, 'user:u');
    assert.deepEqual(manager.events, [
      {
        applicationId: ID,
        type: 'application.created',
        fromStatus: null,
        toStatus: ApplicationStatus.LeadCreated,
        at: createdAt,
        payload: { version: 0 },
      },
    ]);
  });

  it("writes a move's status log and event, and a creation's own row before them, in one round trip", async () => {
    const { manager, sut, em } = setup();
    await sut.transition(em, { applicationId: ID, to: ApplicationStatus.KycVerified, actor: 'service:kyc' });
    const createdAt = new Date('2026-01-02T03:04:05.006Z');
    const created = { ...manager.row, status: ApplicationStatus.LeadCreated, createdAt } as ApplicationEntity;
    await sut.recordCreation(em, created, 'user:u', [{ sql: 'INSERT INTO applications (id) VALUES (?)', values: [ID] }]);
    assert.deepEqual(
      manager.queries.map((sql) => sql.split(';\n').map((statement) => statement.split(' (')[0])),
      [
        ['INSERT INTO application_status_log', 'INSERT INTO application_events'],
        ['INSERT INTO applications', 'INSERT INTO application_status_log', 'INSERT INTO application_events'],
      ],
    );
    assert.deepEqual(
      manager.log.map((entry) => [entry.toStatus, entry.actor]),
      [
        [ApplicationStatus.KycVerified, 'service:kyc'],
        [ApplicationStatus.LeadCreated, 'user:u'],
      ],
    );
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
    assert.deepEqual([manager.row.version, manager.log.length, manager.events.length], [0, 0, 0]);
  });

  it('entering KYC_VERIFIED records the compute-offers command in the same transaction, once per move', async () => {
    const { sut, em, trigger } = setup();
    await sut.transition(em, { applicationId: ID, to: ApplicationStatus.KycVerified, actor: 'service:kyc', correlationId: 'c-1' });
    assert.deepEqual(
      trigger.calls.map(({ manager, ...call }) => ({ ...call, sameTransaction: manager === em })),
      [{ applicationId: ID, status: ApplicationStatus.KycVerified, correlationId: 'c-1', sameTransaction: true }],
    );
  });

  it('records no compute-offers command for other moves or for a refused move to KYC_VERIFIED', async () => {
    const { manager, sut, em, trigger } = setup();
    await sut.transition(em, { applicationId: ID, to: ApplicationStatus.KycReview, actor: 'service:kyc' });
    await assert.rejects(
      sut.transition(em, {
        applicationId: ID,
        expectedFrom: ApplicationStatus.KycInProgress,
        to: ApplicationStatus.KycVerified,
        actor: 'x',
      }),
      { code: ErrorCode.InvalidTransition },
    );
    manager.row.status = ApplicationStatus.KycInProgress;
    manager.beforeNextWrite = () => Object.assign(manager.row, { version: 9 });
    await assert.rejects(sut.transition(em, { applicationId: ID, to: ApplicationStatus.KycVerified, actor: 'x' }), {
      code: ErrorCode.InvalidTransition,
    });
    assert.equal(trigger.calls.length, 0);
  });
});
