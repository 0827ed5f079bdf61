import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { OutboxStatus, parseDwellLimitOverrides, type OutboxCommandEntity } from '@los/common';
import { ApplicationStatus } from '@los/contracts';
import { DwellLimitPolicy, type DwellRule } from '../../dwell-limits/dwell-limit.policy.js';
import type { ApplicationDwell, StuckApplicationsRepository } from '../../stuck-applications.repository.js';
import { ListStuckApplicationsUseCase } from './list-stuck-applications.usecase.js';

const S = ApplicationStatus;
const NOW = new Date('2026-03-01T12:00:00.000Z');
const ago = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000);
const dwell = (id: string, status: ApplicationStatus, minutes: number, partnerCode: string | null = null): ApplicationDwell => ({
  id,
  status,
  partnerCode,
  since: ago(minutes),
});

/** A repository that answers each rule with the given applications, oldest first as the query would. */
function fakeRepository(byRule: (rule: DwellRule) => ApplicationDwell[], commands: OutboxCommandEntity[] = []) {
  const calls: { rule: DwellRule; limit: number }[] = [];
  const repository = {
    findPastRule: async (rule: DwellRule, now: Date, limit: number) => {
      assert.equal(now, NOW);
      calls.push({ rule, limit });
      return byRule(rule)
        .sort((a, b) => a.since.getTime() - b.since.getTime())
        .slice(0, limit);
    },
    findOpenCommands: async (ids: string[]) =>
      new Map(
        commands
          .filter((c) => ids.includes((c.envelope.payload as { applicationId: string }).applicationId))
          .map((c) => [(c.envelope.payload as { applicationId: string }).applicationId, c]),
      ),
  } as unknown as StuckApplicationsRepository;
  return { repository, calls };
}

const command = (applicationId: string): OutboxCommandEntity =>
  ({
    id: `cmd-${applicationId}`,
    pattern: 'kyc.cmd.verify.v1',
    envelope: { payload: { applicationId } },
    status: OutboxStatus.Delivered,
    attempts: 2,
    lastError: 'UPSTREAM_UNAVAILABLE',
    dueAt: ago(-5),
    createdAt: ago(30),
    completedAt: null,
  }) as unknown as OutboxCommandEntity;

describe('listing stuck applications', () => {
  it('merges every rule and lists the longest in their status first, bounded by the limit', async () => {
    const policy = new DwellLimitPolicy(parseDwellLimitOverrides({ partners: { KUBER: { LENDER_REVIEW: 3_600_000 } } }));
    const { repository, calls } = fakeRepository((rule) => {
      if (rule.status === S.KycInProgress) return [dwell('k1', S.KycInProgress, 20), dwell('k2', S.KycInProgress, 300)];
      if (rule.status === S.LenderReview && rule.partnerCode === 'KUBER') return [dwell('u-kuber', S.LenderReview, 90, 'KUBER')];
      if (rule.status === S.LenderReview) return [dwell('u1', S.LenderReview, 45, 'OCEAN')];
      if (rule.status === S.ManualReview) return [dwell('m1', S.ManualReview, 200)];
      return [];
    });
    const sut = new ListStuckApplicationsUseCase(policy, repository);

    const page = await sut.execute(4, NOW);

    assert.deepEqual(
      page.items.map((item) => item.applicationId),
      ['k2', 'm1', 'u-kuber', 'u1'],
    );
    assert.equal(page.limit, 4);
    assert.deepEqual(
      page.items.map((item) => item.dwellLimitMs),
      [15 * 60_000, 120 * 60_000, 3_600_000, 30 * 60_000],
    );
    assert.equal(page.items[0]!.stuckForMs, 300 * 60_000);
    assert.equal(page.items[0]!.since, ago(300).toISOString());
    assert.equal(calls.length, policy.rules().length);
    assert.ok(calls.every((call) => call.limit === 4));
  });

  it('shows the command each application waits on, or none', async () => {
    const policy = new DwellLimitPolicy();
    const { repository } = fakeRepository(
      (rule) => (rule.status === S.KycInProgress ? [dwell('a', S.KycInProgress, 60), dwell('b', S.KycInProgress, 30)] : []),
      [command('a')],
    );
    const page = await new ListStuckApplicationsUseCase(policy, repository).execute(10, NOW);

    assert.deepEqual(page.items[0]!.pendingCommand, {
      commandId: 'cmd-a',
      pattern: 'kyc.cmd.verify.v1',
      status: 'DELIVERED',
      attempts: 2,
      lastError: 'UPSTREAM_UNAVAILABLE',
      dueAt: ago(-5).toISOString(),
      createdAt: ago(30).toISOString(),
    });
    assert.equal(page.items[1]!.pendingCommand, null);
  });
});
