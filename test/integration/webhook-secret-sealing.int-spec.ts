import 'reflect-metadata';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource, type MigrationInterface } from 'typeorm';
import { mysqlConnectionOptions } from '@los/common';
import { GATEWAY_MIGRATIONS } from '../../apps/gateway/src/database/gateway-schema.js';
import { SealWebhookSecrets1764000001700 } from '../../apps/gateway/src/database/migrations/1764000001700-seal-webhook-secrets.js';
import { webhookSecretCipher, WebhookSecretVault } from '../../apps/gateway/src/webhooks/secret-vault/webhook-secret-vault.js';
import { onServer } from '../support/gateway-database.js';
import { sharedInfra } from '../support/test-infra.js';

const DATABASE = `t_whsecrets_${process.pid}`;
const KEYS = { WEBHOOK_SECRET_KEYS: `k1:${randomBytes(32).toString('base64')}`, WEBHOOK_SECRET_ACTIVE_KEY: 'k1' };
const BEFORE_SEALING = GATEWAY_MIGRATIONS.filter((migration) => migration !== SealWebhookSecrets1764000001700);

async function migrated(migrations: (new () => MigrationInterface)[]): Promise<DataSource> {
  const dataSource = new DataSource({ ...mysqlConnectionOptions(`${sharedInfra().mysqlUrl}/${DATABASE}`), migrations });
  await dataSource.initialize();
  return dataSource;
}

function withKeys<T>(keys: Partial<typeof KEYS>, run: () => Promise<T>): Promise<T> {
  const saved = { WEBHOOK_SECRET_KEYS: process.env.WEBHOOK_SECRET_KEYS, WEBHOOK_SECRET_ACTIVE_KEY: process.env.WEBHOOK_SECRET_ACTIVE_KEY };
  delete process.env.WEBHOOK_SECRET_KEYS;
  delete process.env.WEBHOOK_SECRET_ACTIVE_KEY;
  Object.assign(process.env, keys);
  return run().finally(() => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });
}

/** Subscriptions stored with a plaintext secret before this change keep their secret, sealed, on the real MariaDB. */
describe('webhook secrets: the sealing migration on MariaDB', () => {
  const secrets = new Map([randomUUID(), randomUUID()].map((id) => [id, `whsec_${randomBytes(24).toString('base64url')}`]));
  let dataSource: DataSource | undefined;

  before(async () => {
    await onServer(`CREATE DATABASE \`${DATABASE}\``);
    dataSource = await migrated(BEFORE_SEALING);
    await dataSource.runMigrations({ transaction: 'each' });
    for (const [id, secret] of secrets) {
      await dataSource.query(
        `INSERT INTO webhook_subscriptions (id, partner_code, url, secret, event_types, active, created_by, created_at)
         VALUES (?, 'DSA_OLD', 'https://hooks.partner.example/los', ?, '["application.created"]', TRUE, 'user:1', NOW(3))`,
        [id, secret],
      );
    }
    await dataSource.destroy();
  });
  after(async () => {
    if (dataSource?.isInitialized) await dataSource.destroy();
    await onServer(`DROP DATABASE IF EXISTS \`${DATABASE}\``);
  });

  it('without the keys, stops naming the variable and changes nothing', async () => {
    dataSource = await migrated(GATEWAY_MIGRATIONS);
    await assert.rejects(
      withKeys({}, () => dataSource!.runMigrations({ transaction: 'each' })),
      (error: Error) => /^WEBHOOK_SECRET_KEYS:/.test(error.message),
    );
    const rows = (await dataSource.query('SELECT id, secret FROM webhook_subscriptions')) as { id: string; secret: string }[];
    assert.deepEqual(new Map(rows.map((row) => [row.id, row.secret])), secrets);
    await dataSource.destroy();
  });

  it('seals every stored secret so it opens for its own row only, and drops the plaintext; down restores it', async () => {
    dataSource = await migrated(GATEWAY_MIGRATIONS);
    const applied = await withKeys(KEYS, () => dataSource!.runMigrations({ transaction: 'each' }));
    assert.deepEqual(
      applied.map((migration) => migration.name),
      ['SealWebhookSecrets1764000001700'],
    );
    const columns = (await dataSource.query('SHOW COLUMNS FROM webhook_subscriptions')) as { Field: string }[];
    assert.ok(!columns.some((column) => /^(plaintext_)?secret$/.test(column.Field)), JSON.stringify(columns));
    const rows = await dataSource.query(
      'SELECT id, secret_key_id AS secretKeyId, secret_iv AS secretIv, secret_ciphertext AS secretCiphertext, secret_tag AS secretTag FROM webhook_subscriptions',
    );
    assert.equal(rows.length, secrets.size);
    const dump = JSON.stringify(await dataSource.query('SELECT * FROM webhook_subscriptions'));
    assert.doesNotMatch(dump, /whsec_/);
    for (const secret of secrets.values()) assert.ok(!dump.includes(secret.slice(6)));
    const vault = new WebhookSecretVault(webhookSecretCipher(KEYS));
    for (const row of rows) assert.equal(vault.open(row), secrets.get(row.id));
    const [first, second] = rows;
    assert.throws(() => vault.open({ ...first, id: second.id }), 'a sealed secret copied to another row does not open');

    await withKeys(KEYS, () => dataSource!.undoLastMigration({ transaction: 'each' }));
    const restored = (await dataSource.query('SELECT id, secret FROM webhook_subscriptions')) as { id: string; secret: string }[];
    assert.deepEqual(new Map(restored.map((row) => [row.id, row.secret])), secrets);
    await dataSource.destroy();
  });
});
