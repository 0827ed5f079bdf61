import 'reflect-metadata';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createConnection } from 'mysql2/promise';
import { DataSource } from 'typeorm';
import { DURABLE_ENTITIES, mysqlConnectionOptions } from '@los/common';
import { MessagePattern } from '@los/contracts';
import { GATEWAY_ENTITIES, GATEWAY_MIGRATIONS } from '../../apps/gateway/src/database/gateway-schema.js';
import { PartnerWebhookDeliveriesRepository } from '../../apps/gateway/src/partner-events/deliveries/partner-webhook-deliveries.repository.js';
import { PartnerWebhookDeliveryEntity } from '../../apps/gateway/src/partner-events/deliveries/partner-webhook-delivery.entity.js';
import { DISBURSAL_ENTITIES, DISBURSAL_MIGRATIONS } from '../../apps/disbursal-service/src/database/disbursal-schema.js';
import { DecisionPollsRepository } from '../../apps/disbursal-service/src/submissions/decision-poll/decision-polls.repository.js';
import { PartnerDecisionPollEntity } from '../../apps/disbursal-service/src/submissions/decision-poll/partner-decision-poll.entity.js';
import { sharedInfra } from '../support/test-infra.js';

const MINUTE = 60_000;

/** Entity and migration classes. */
type Classes = (new (...args: never[]) => unknown)[];

async function database(name: string, entities: Classes, migrations: Classes): Promise<DataSource> {
  const server = await createConnection(sharedInfra().mysqlUrl);
  await server.query(`CREATE DATABASE \`${name}\``);
  await server.end();
  const dataSource = new DataSource({
    ...mysqlConnectionOptions(`${sharedInfra().mysqlUrl}/${name}`),
    entities: [...DURABLE_ENTITIES, ...entities],
    migrations,
  });
  await dataSource.initialize();
  await dataSource.runMigrations();
  return dataSource;
}

async function drop(dataSource: DataSource | undefined, name: string): Promise<void> {
  if (dataSource?.isInitialized) await dataSource.destroy();
  const server = await createConnection(sharedInfra().mysqlUrl);
  await server.query(`DROP DATABASE IF EXISTS \`${name}\``);
  await server.end();
}

/** Two replicas claiming at once, on the real MariaDB schema: each kept webhook and each poll goes to one of them. */
describe('lender news: the claims on MariaDB', () => {
  const GATEWAY_DB = `t_lnclaims_gw_${process.pid}`;
  const DISBURSAL_DB = `t_lnclaims_disbursal_${process.pid}`;
  let gateway: DataSource;
  let disbursal: DataSource;

  before(async () => {
    gateway = await database(GATEWAY_DB, GATEWAY_ENTITIES, GATEWAY_MIGRATIONS);
    disbursal = await database(DISBURSAL_DB, DISBURSAL_ENTITIES, DISBURSAL_MIGRATIONS);
  });
  after(async () => {
    await drop(gateway, GATEWAY_DB);
    await drop(disbursal, DISBURSAL_DB);
  });

  it('gives each kept webhook to one of two replicas claiming at once, and again only after the lease', async () => {
    const replicaA = new PartnerWebhookDeliveriesRepository(gateway.getRepository(PartnerWebhookDeliveryEntity));
    const replicaB = new PartnerWebhookDeliveriesRepository(gateway.getRepository(PartnerWebhookDeliveryEntity));
    const now = new Date();
    for (let i = 0; i < 30; i += 1) {
      await replicaA.store(
        {
          partnerCode: 'AURUM_PRIME',
          headers: { 'lendwise-signature': `s${i}` },
          rawBody: Buffer.from(`{"i":${i}}`),
          correlationId: `c${i}`,
        },
        new Date(now.getTime() - (30 - i) * 1_000),
      );
    }
    const [a, b] = await Promise.all([replicaA.claimDue(MINUTE, 20, now), replicaB.claimDue(MINUTE, 20, now)]);
    const ids = [...a, ...b].map((row) => row.id);
    assert.equal(ids.length, 30);
    assert.equal(new Set(ids).size, 30, 'no delivery claimed twice');
    assert.deepEqual(await replicaA.claimDue(MINUTE, 20, now), [], 'held until the lease ends');

    await replicaA.applied(a[0]!, 1);
    await replicaB.applied(a[1]!, 1);
    const [[row1], [row2]] = await Promise.all([
      gateway.query('SELECT status FROM partner_webhook_deliveries WHERE id = ?', [a[0]!.id]),
      gateway.query('SELECT status FROM partner_webhook_deliveries WHERE id = ?', [a[1]!.id]),
    ]);
    assert.deepEqual([row1.status, row2.status], ['APPLIED', 'APPLIED'], "the claim's token, not the replica, finishes a row");
    await replicaA.release(a[2]!, now);
    assert.deepEqual(
      (await replicaB.claimDue(MINUTE, 20, now)).map((row) => row.id),
      [a[2]!.id],
      'a released row is due again',
    );
    const afterLease = await replicaA.claimDue(MINUTE, 50, new Date(now.getTime() + 2 * MINUTE));
    assert.equal(afterLease.length, 28, 'every unfinished row comes back once its lease is over');
  });

  it('picks undecided submissions past the wait, and gives each poll to one of two replicas', async () => {
    const now = new Date();
    const runner = disbursal.createQueryRunner();
    const row = async (
      applicationId: string,
      minutesAgo: number,
      extra: { decided?: boolean; failed?: boolean; unreferenced?: boolean } = {},
    ) =>
      runner.query(
        `INSERT INTO partner_submissions (application_id, offer_id, partner_code, request_id, partner_reference, partner_status,
          failure_code, decided_at, confirmed_at, decision_sla_breached, created_at, updated_at)
         VALUES (?, ?, 'AURUM_PRIME', ?, ?, ?, ?, ?, NULL, 0, ?, ?)`,
        [
          applicationId,
          randomUUID(),
          `submit-${applicationId}`,
          extra.unreferenced ? null : `LW-APP-${applicationId.slice(0, 8)}`,
          extra.decided ? 'APPROVED' : 'UNDER_REVIEW',
          extra.failed ? 'PARTNER_REJECTED_REQUEST' : null,
          extra.decided ? now : null,
          new Date(now.getTime() - minutesAgo * MINUTE),
          now,
        ],
      );
    const undecided = randomUUID();
    await row(undecided, 30);
    await row(randomUUID(), 30, { decided: true });
    await row(randomUUID(), 2);
    await row(randomUUID(), 30, { failed: true });
    await row(randomUUID(), 30, { unreferenced: true });
    await runner.release();
    const commandId = randomUUID();
    await disbursal.query(
      `INSERT INTO inbox_commands (id, pattern, envelope, attempts, due_at, status, received_at) VALUES (?, ?, ?, 0, ?, 'DONE', ?)`,
      [commandId, MessagePattern.SubmitToPartner, JSON.stringify({ commandId, payload: { applicationId: undecided } }), now, now],
    );

    const replicaA = new DecisionPollsRepository(disbursal, disbursal.getRepository(PartnerDecisionPollEntity));
    const replicaB = new DecisionPollsRepository(disbursal, disbursal.getRepository(PartnerDecisionPollEntity));
    const tenMinutesAgo = new Date(now.getTime() - 10 * MINUTE);
    assert.deepEqual(
      (await replicaA.due(tenMinutesAgo, now, 50)).map((s) => s.applicationId),
      [undecided],
    );
    const claims = await Promise.all([replicaA.claim(undecided, now, MINUTE), replicaB.claim(undecided, now, MINUTE)]);
    assert.deepEqual(claims.sort(), [false, true]);
    await replicaA.polled(undecided, now, 'UNDER_REVIEW');
    assert.deepEqual(await replicaB.due(tenMinutesAgo, now, 50), [], 'not due again within the interval');
    const later = new Date(now.getTime() + 2 * MINUTE);
    assert.deepEqual(
      (await replicaB.due(tenMinutesAgo, later, 50)).map((s) => s.applicationId),
      [undecided],
    );
    assert.equal(await replicaB.claim(undecided, later, MINUTE), true);
    await replicaB.polled(undecided, later, 'UNDER_REVIEW');
    const [poll] = await disbursal.query(
      'SELECT poll_count, last_polled_at, last_outcome FROM partner_decision_polls WHERE application_id = ?',
      [undecided],
    );
    assert.deepEqual([poll.poll_count, poll.last_outcome], [2, 'UNDER_REVIEW']);
    assert.equal(new Date(poll.last_polled_at).getTime(), later.getTime());
    assert.equal(await replicaA.submissionCommandId(undecided), commandId);
    assert.equal(await replicaA.submissionCommandId(randomUUID()), null);
  });
});
