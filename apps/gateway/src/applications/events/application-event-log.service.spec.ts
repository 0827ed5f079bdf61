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
