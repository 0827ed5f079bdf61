import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AppException, OutboxStatus, type CommandOutbox, type OutboxCommandEntity } from '@los/common';
import { ApplicationStatus, ErrorCode } from '@los/contracts';
import type { DataSource } from 'typeorm';
import { DwellLimitPolicy } from '../../dwell-limits/dwell-limit.policy.js';
import type { ApplicationDwell, StuckApplicationsRepository } from '../../stuck-applications.repository.js';
import { RedriveApplicationUseCase } from './redrive-application.usecase.js';

const NOW = new Date('2026-03-01T12:00:00.000Z');
const APP_ID = '0b9f3c2e-3f1e-4c55-9d7e-6a1c2b3d4e5f';

function setup({ sinceMinutes = 60, pending = true, claimWins = true, exists = true } = {}) {
  const dwell: ApplicationDwell = {
    id: APP_ID,
    status: ApplicationStatus.KycInProgress,
    partnerCode: null,
    since: new Date(NOW.getTime() - sinceMinutes * 60_000),
  };
  const command = { id: 'cmd-1', pattern: 'kyc.cmd.verify.v1', status: OutboxStatus.Delivered, attempts: 3 } as OutboxCommandEntity;
  const repository = {
    findDwell: async () => (exists ? dwell : null),
    findOpenCommands: async () => new Map(pending ? [[APP_ID, command]] : []),
  } as unknown as StuckApplicationsRepository;
  const claims: [string, number][] = [];
  const delivered: [string, number][] = [];
  const audits: object[] = [];
  const outbox = {
    claimRedrive: async (_manager: unknown, id: string, attempts: number) => {
      claims.push([id, attempts]);
      return claimWins;
    },
    deliver: (id: string, attempt: number) => delivered.push([id, attempt]),
  } as unknown as CommandOutbox;
  const manager = { insert: async (_entity: unknown, row: object) => audits.push(row) };
  const dataSource = { transaction: (work: (m: typeof manager) => Promise<unknown>) => work(manager) } as unknown as DataSource;
  const sut = new RedriveApplicationUseCase(dataSource, new DwellLimitPolicy(), repository, outbox);
  return { sut, claims, delivered, audits };
}

const refusedWith = (code: ErrorCode) => (error: unknown) => error instanceof AppException && error.code === code;

describe('re-driving a stuck application', () => {
  it('claims the next attempt, audits who did it, then re-sends the command', async () => {
    const { sut, claims, delivered, audits } = setup();
    const receipt = await sut.execute({ applicationId: APP_ID, actor: 'user:ops-1' }, NOW);
    assert.deepEqual(claims, [['cmd-1', 3]]);
    assert.deepEqual(delivered, [['cmd-1', 4]]);
    assert.deepEqual(audits, [
      {
        applicationId: APP_ID,
        status: ApplicationStatus.KycInProgress,
        commandId: 'cmd-1',
        pattern: 'kyc.cmd.verify.v1',
        attempt: 4,
        actor: 'user:ops-1',
        at: NOW,
      },
    ]);
    assert.deepEqual(receipt, {
      applicationId: APP_ID,
      status: ApplicationStatus.KycInProgress,
      commandId: 'cmd-1',
      pattern: 'kyc.cmd.verify.v1',
      attempt: 4,
      redrivenBy: 'user:ops-1',
      redrivenAt: NOW.toISOString(),
    });
  });

  it('answers 404 for an unknown application', async () => {
    const { sut, delivered } = setup({ exists: false });
    await assert.rejects(sut.execute({ applicationId: APP_ID, actor: 'user:x' }, NOW), refusedWith(ErrorCode.NotFound));
    assert.deepEqual(delivered, []);
  });

  it('refuses when nothing is pending', async () => {
    const { sut, claims, delivered } = setup({ pending: false });
    await assert.rejects(sut.execute({ applicationId: APP_ID, actor: 'user:x' }, NOW), refusedWith(ErrorCode.NothingToRedrive));
    assert.deepEqual([claims, delivered], [[], []]);
  });

  it('refuses an application still within its dwell limit', async () => {
    const { sut, claims, delivered } = setup({ sinceMinutes: 14 });
    await assert.rejects(sut.execute({ applicationId: APP_ID, actor: 'user:x' }, NOW), refusedWith(ErrorCode.ApplicationNotStuck));
    assert.deepEqual([claims, delivered], [[], []]);
  });

  it('sends nothing and audits nothing when a concurrent re-drive claimed the attempt', async () => {
    const { sut, delivered, audits } = setup({ claimWins: false });
    await assert.rejects(sut.execute({ applicationId: APP_ID, actor: 'user:x' }, NOW), refusedWith(ErrorCode.RedriveRaced));
    assert.deepEqual([delivered, audits], [[], []]);
  });
});
