import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { DataSource } from 'typeorm';
import type { ApplicationAttention, AttentionRequest } from '../../applications/attention/application-attention.service.js';
import type { UnderwritingDeskSettings } from '../underwriting-desk.settings.js';
import { UnderwritingSlaEscalator } from './underwriting-sla.escalator.js';

const SETTINGS: UnderwritingDeskSettings = {
  slaMs: 2 * 3_600_000,
  claimMs: 900_000,
  checkerAbove: '500000.00',
  slaMarginMs: 30 * 60_000,
  slaScanMs: 1_000,
};
const CREATED = new Date('2026-03-01T10:00:00.000Z');

/** Two replicas share one breach table: the primary key lets one insert per application land. */
function replicas() {
  const breaches = new Map<string, unknown[]>();
  const raised: AttentionRequest[] = [];
  const manager = {
    query: async (_sql: string, params: unknown[]) => {
      const id = params[0] as string;
      if (breaches.has(id)) return { affectedRows: 0 };
      breaches.set(id, params);
      return { affectedRows: 1 };
    },
  };
  const dataSource = { transaction: (work: (m: typeof manager) => Promise<unknown>) => work(manager) } as unknown as DataSource;
  const attention = { raise: async (_m: unknown, request: AttentionRequest) => raised.push(request) } as unknown as ApplicationAttention;
  const make = () => new UnderwritingSlaEscalator(dataSource, attention, SETTINGS);
  return { one: make(), two: make(), breaches, raised };
}

describe('underwriting SLA escalation', () => {
  it('escalates a case once, whichever replica sees it first', async () => {
    const { one, two, breaches, raised } = replicas();
    const now = new Date('2026-03-01T11:40:00.000Z');
    assert.equal(await one.escalate('app-1', CREATED, now), true);
    assert.equal(await two.escalate('app-1', CREATED, now), false);
    assert.equal(await one.escalate('app-1', CREATED, new Date('2026-03-01T13:00:00.000Z')), false);
    assert.deepEqual(breaches.get('app-1'), ['app-1', new Date('2026-03-01T12:00:00.000Z'), false, now]);
    assert.deepEqual(
      raised.map((item) => [item.applicationId, item.code]),
      [['app-1', 'UNDERWRITING_SLA_AT_RISK']],
    );
  });

  it('marks a case found past its deadline as overdue', async () => {
    const { one, breaches, raised } = replicas();
    await one.escalate('app-2', CREATED, new Date('2026-03-01T12:00:00.000Z'));
    assert.equal(breaches.get('app-2')![2], true);
    assert.match(raised[0]!.reason, /past its deadline 2026-03-01T12:00:00.000Z/);
  });
});
