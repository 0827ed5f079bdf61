import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ApplicationStatus } from '@los/contracts';
import type { EntityManager } from 'typeorm';
import { ApplicationEventLog, type RecordedEvent } from './application-event-log.service.js';

const ID = '9f1c2e1a-1111-4222-8333-444455556666';

describe('ApplicationEventLog', () => {
  it('tells its listeners of each recorded event, with its id, in the same transaction and in order', async () => {
    const manager = { query: () => Promise.resolve({ insertId: 41 }) } as unknown as EntityManager;
    const sut = new ApplicationEventLog(null as never);
    const heard: [string, EntityManager, RecordedEvent][] = [];
    sut.listen((em, event) => Promise.resolve(void heard.push(['first', em, event])));
    sut.listen((em, event) => Promise.resolve(void heard.push(['second', em, event])));
    const at = new Date();
    const event = await sut.statusChanged(manager, {
      applicationId: ID,
      from: ApplicationStatus.KycInProgress,
      to: ApplicationStatus.KycVerified,
      at,
      version: 2,
    });
    assert.deepEqual(event, {
      id: '41',
      type: 'application.status_changed',
      applicationId: ID,
      from: ApplicationStatus.KycInProgress,
      to: ApplicationStatus.KycVerified,
      at,
      version: 2,
    });
    assert.deepEqual(
      heard.map(([name, em, seen]) => [name, em === manager, seen]),
      [
        ['first', true, event],
        ['second', true, event],
      ],
    );
  });

  it('sends the preceding rows and the event as one query and takes the id of the event, the last insert', async () => {
    const sent: [string, unknown[]][] = [];
    const manager = {
      query: (sql: string, values: unknown[]) => {
        sent.push([sql, values]);
        return Promise.resolve([{ insertId: 0 }, { insertId: 7 }, { insertId: 99 }]);
      },
    } as unknown as EntityManager;
    const sut = new ApplicationEventLog(null as never);
    const at = new Date();
    const event = await sut.statusChanged(manager, { applicationId: ID, from: null, to: ApplicationStatus.LeadCreated, at, version: 0 }, [
      { sql: 'INSERT INTO applications (id) VALUES (?)', values: [ID] },
      { sql: 'INSERT INTO application_status_log (application_id) VALUES (?)', values: [ID] },
    ]);
    assert.equal(event.id, '99');
    assert.equal(sent.length, 1);
    assert.match(sent[0][0], /^INSERT INTO applications .*;\nINSERT INTO application_status_log .*;\nINSERT INTO application_events /);
    assert.deepEqual(sent[0][1], [ID, ID, ID, 'application.created', null, ApplicationStatus.LeadCreated, at, '{"version":0}']);
  });

  it('fails the recording (and so the transaction) when a listener fails', async () => {
    const manager = { query: () => Promise.resolve({ insertId: 1 }) } as unknown as EntityManager;
    const sut = new ApplicationEventLog(null as never);
    sut.listen(() => Promise.reject(new Error('planning failed')));
    await assert.rejects(
      sut.statusChanged(manager, { applicationId: ID, from: null, to: ApplicationStatus.LeadCreated, at: new Date(), version: 0 }),
      /planning failed/,
    );
  });
});
