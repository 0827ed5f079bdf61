import 'reflect-metadata';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { isDuplicateKey } from '@los/common';
import { ApplicationStatus } from '@los/contracts';
import { INSERT_APPLICATION, toApplicationInsertValues } from '../../apps/gateway/src/applications/application-row.mapper.js';
import { ApplicationEntity } from '../../apps/gateway/src/applications/application.entity.js';
import { ApplicationEventEntity } from '../../apps/gateway/src/applications/events/application-event.entity.js';
import { ApplicationEventLog } from '../../apps/gateway/src/applications/events/application-event-log.service.js';
import { ApplicationLifecycle } from '../../apps/gateway/src/applications/lifecycle/application-lifecycle.service.js';
import type { ComputeOffersTrigger } from '../../apps/gateway/src/applications/lifecycle/compute-offers.trigger.js';
import { applicationRow } from '../support/application-rows.js';
import { migratedGatewayDatabase } from '../support/gateway-database.js';

const DATABASE = `t_createbatch_${process.pid}`;

/** A new application's rows written as one batch (one round trip) in the caller's transaction, on real MariaDB. */
describe('creation batch: application, status log and event in one query', () => {
  let database: Awaited<ReturnType<typeof migratedGatewayDatabase>> | undefined;
  let dataSource: DataSource;
  let events: ApplicationEventLog;
  let sut: ApplicationLifecycle;

  const application = (id: string) => applicationRow(id, { ownerUserId: randomUUID() });
  const insertOf = (entity: ApplicationEntity) => ({ sql: INSERT_APPLICATION, values: toApplicationInsertValues(entity) });
  const create = (entity: ApplicationEntity, precededBy = [insertOf(entity)]) =>
    dataSource.transaction((manager) => sut.recordCreation(manager, entity, 'user:u', precededBy));
  const rowsOf = async (id: string) => {
    const count = async (table: string, column: string) =>
      Number(((await dataSource.query(`SELECT COUNT(*) AS n FROM ${table} WHERE ${column} = ?`, [id])) as [{ n: number }])[0].n);
    return [
      await count('applications', 'id'),
      await count('application_status_log', 'application_id'),
      await count('application_events', 'application_id'),
    ];
  };

  before(async () => {
    database = await migratedGatewayDatabase(DATABASE);
    dataSource = database.dataSource;
    events = new ApplicationEventLog(dataSource.getRepository(ApplicationEventEntity));
    sut = new ApplicationLifecycle(null as unknown as ComputeOffersTrigger, events);
  });

  after(async () => {
    await database?.drop();
  });

  it('writes the three rows and tells the listeners the id of the event row', async () => {
    const heard: string[] = [];
    events.listen((_manager, event) => Promise.resolve(void heard.push(event.id)));
    const entity = application(randomUUID());
    await create(entity);
    assert.deepEqual(await rowsOf(entity.id), [1, 1, 1]);
    const [row] = (await dataSource.query('SELECT id, type, to_status FROM application_events WHERE application_id = ?', [entity.id])) as [
      { id: string | number; type: string; to_status: string },
    ];
    assert.deepEqual([heard.at(-1), row.type, row.to_status], [String(row.id), 'application.created', ApplicationStatus.LeadCreated]);
  });

  it('leaves nothing when a statement in the middle of the batch fails, and the failure is the duplicate key', async () => {
    const first = application(randomUUID());
    await create(first);
    const fresh = application(randomUUID());
    await assert.rejects(create(fresh, [insertOf(fresh), insertOf(first)]), (error: unknown) => isDuplicateKey(error));
    assert.deepEqual(await rowsOf(fresh.id), [0, 0, 0]);
    assert.deepEqual(await rowsOf(first.id), [1, 1, 1]);
  });

  it('rolls the whole batch back when a listener fails after it ran', async () => {
    events.listen(() => Promise.reject(new Error('planning failed')));
    const entity = application(randomUUID());
    await assert.rejects(create(entity), /planning failed/);
    assert.deepEqual(await rowsOf(entity.id), [0, 0, 0]);
  });
});
