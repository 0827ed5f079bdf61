import { randomUUID } from 'node:crypto';
import type { Connection } from 'mysql2/promise';

/** Columns a clone gets fresh values for; everything else is copied from the template application. */
const FRESH = ['id', 'status', 'idempotency_key', 'version', 'created_at', 'updated_at'];
const BATCH = 1_000;

/**
 * `count` copies of one application, straight into the gateway's table, in status KYC_VERIFIED: each is an offer
 * computation the offer service has not yet cached, without taking thousands of applicants through KYC first.
 */
export async function cloneAsKycVerified(gatewayDb: Connection, templateId: string, count: number): Promise<string[]> {
  const [columns] = await gatewayDb.query<any[]>(
    "SELECT column_name AS name FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = 'applications'",
  );
  const copied = columns.map((column) => `\`${column.name}\``).filter((name) => !FRESH.includes(name.slice(1, -1)));
  const ids = Array.from({ length: count }, () => randomUUID());
  await gatewayDb.query('CREATE TEMPORARY TABLE bench_ids (id CHAR(36) NOT NULL PRIMARY KEY)');
  try {
    for (let i = 0; i < ids.length; i += BATCH) {
      await gatewayDb.query('INSERT INTO bench_ids (id) VALUES ?', [ids.slice(i, i + BATCH).map((id) => [id])]);
    }
    await gatewayDb.query(
      `INSERT INTO applications (id, status, idempotency_key, version, created_at, updated_at, ${copied.join(', ')})
       SELECT b.id, 'KYC_VERIFIED', NULL, 0, NOW(3), NOW(3), ${copied.map((name) => `a.${name}`).join(', ')}
       FROM bench_ids b JOIN applications a ON a.id = ?`,
      [templateId],
    );
  } finally {
    await gatewayDb.query('DROP TEMPORARY TABLE bench_ids');
  }
  return ids;
}
