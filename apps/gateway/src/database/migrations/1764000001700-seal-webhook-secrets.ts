import type { MigrationInterface, QueryRunner } from 'typeorm';
import { webhookSecretCipher, WebhookSecretVault } from '../../webhooks/secret-vault/webhook-secret-vault.js';

const TABLE = 'webhook_subscriptions';
/** The plaintext column while its rows are being sealed: renamed first, so a gateway still on the old code cannot add to it. */
const PLAINTEXT = 'plaintext_secret';

interface PlaintextRow {
  id: string;
  secret: string;
}

/**
 * Partner webhook signing secrets as AES-256-GCM ciphertext bound to the subscription id (WebhookSecretVault), no
 * longer in clear. Existing secrets are sealed here, before the plaintext column is dropped, so every subscription
 * keeps its secret and none is left readable in a dump. Safe to run again after a crash part way through.
 */
export class SealWebhookSecrets1764000001700 implements MigrationInterface {
  name = 'SealWebhookSecrets1764000001700';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (await queryRunner.hasColumn(TABLE, 'secret')) {
      // Without usable keys, stop before changing anything.
      if (await hasRows(queryRunner, 'secret IS NOT NULL')) vaultFromEnvironment();
      await queryRunner.query(`ALTER TABLE ${TABLE}
        CHANGE secret ${PLAINTEXT} VARCHAR(100) NULL,
        ADD COLUMN secret_key_id VARCHAR(32) NULL AFTER url,
        ADD COLUMN secret_iv VARCHAR(32) NULL AFTER secret_key_id,
        ADD COLUMN secret_ciphertext VARCHAR(200) NULL AFTER secret_iv,
        ADD COLUMN secret_tag VARCHAR(32) NULL AFTER secret_ciphertext`);
    }
    if (!(await queryRunner.hasColumn(TABLE, PLAINTEXT))) return;
    const rows = (await queryRunner.query(
      `SELECT id, ${PLAINTEXT} AS secret FROM ${TABLE} WHERE ${PLAINTEXT} IS NOT NULL`,
    )) as PlaintextRow[];
    if (rows.length > 0) {
      const vault = vaultFromEnvironment();
      for (const row of rows) {
        const sealed = vault.seal(row.secret, row.id);
        await queryRunner.query(
          `UPDATE ${TABLE} SET secret_key_id = ?, secret_iv = ?, secret_ciphertext = ?, secret_tag = ?, ${PLAINTEXT} = NULL WHERE id = ?`,
          [sealed.secretKeyId, sealed.secretIv, sealed.secretCiphertext, sealed.secretTag, row.id],
        );
      }
    }
    // NOT NULL fails, and the plaintext column stays, if any row were left without a sealed secret.
    await queryRunner.query(`ALTER TABLE ${TABLE}
      DROP COLUMN ${PLAINTEXT},
      MODIFY secret_key_id VARCHAR(32) NOT NULL,
      MODIFY secret_iv VARCHAR(32) NOT NULL,
      MODIFY secret_ciphertext VARCHAR(200) NOT NULL,
      MODIFY secret_tag VARCHAR(32) NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const rows = (await queryRunner.query(
      `SELECT id, secret_key_id AS secretKeyId, secret_iv AS secretIv, secret_ciphertext AS secretCiphertext, secret_tag AS secretTag FROM ${TABLE}`,
    )) as Parameters<WebhookSecretVault['open']>[0][];
    // Every secret is opened before anything changes: one that does not open stops the revert with the table intact.
    const vault = rows.length > 0 ? vaultFromEnvironment() : undefined;
    const secrets = vault ? rows.map((row) => ({ id: row.id, secret: vault.open(row) })) : [];
    await queryRunner.query(`ALTER TABLE ${TABLE} ADD COLUMN secret VARCHAR(100) NULL AFTER url`);
    for (const { id, secret } of secrets) await queryRunner.query(`UPDATE ${TABLE} SET secret = ? WHERE id = ?`, [secret, id]);
    await queryRunner.query(`ALTER TABLE ${TABLE}
      MODIFY secret VARCHAR(100) NOT NULL,
      DROP COLUMN secret_tag, DROP COLUMN secret_ciphertext, DROP COLUMN secret_iv, DROP COLUMN secret_key_id`);
  }
}

async function hasRows(queryRunner: QueryRunner, condition: string): Promise<boolean> {
  return ((await queryRunner.query(`SELECT 1 FROM ${TABLE} WHERE ${condition} LIMIT 1`)) as unknown[]).length > 0;
}

// Migrations run in scripts/migrate.mjs, outside the app and its config module: the gateway's key variables come
// from that process's environment and are checked as at boot (the error names the variable, never the key).
function vaultFromEnvironment(): WebhookSecretVault {
  return new WebhookSecretVault(
    webhookSecretCipher({
      WEBHOOK_SECRET_KEYS: process.env.WEBHOOK_SECRET_KEYS ?? '',
      WEBHOOK_SECRET_ACTIVE_KEY: process.env.WEBHOOK_SECRET_ACTIVE_KEY ?? '',
    }),
  );
}
