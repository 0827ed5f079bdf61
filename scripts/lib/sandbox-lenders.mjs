// The development stack talks to the sandbox lenders live: their connections enabled, their webhooks aimed at the gateway.
import { createConnection } from 'mysql2/promise';

const SANDBOX_LENDER_PATH = /^\/lenders\/([a-z0-9-]+)$/;

/**
 * Before the offer service starts (it builds its adapters from the enabled rows at boot): enables every connection
 * served by a sandbox lender, and answers which lender serves which partner.
 */
export async function enableLenderConnections(offerDatabaseUrl) {
  const db = await createConnection(offerDatabaseUrl);
  try {
    await db.query("UPDATE partner_connections SET enabled = 1 WHERE base_url_path LIKE '/lenders/%'");
    const [rows] = await db.query('SELECT partner_code, base_url_path FROM partner_connections WHERE enabled = 1');
    return rows.flatMap((row) => {
      const lender = SANDBOX_LENDER_PATH.exec(row.base_url_path)?.[1];
      return lender ? [{ lender, partnerCode: row.partner_code }] : [];
    });
  } finally {
    await db.end();
  }
}

/** Each sandbox lender calls back to its partner's webhook route (a lender without webhooks never uses it). */
export async function pointLenderWebhooks(sandboxUrl, gatewayUrl, connections) {
  for (const { lender, partnerCode } of connections) {
    const response = await fetch(`${sandboxUrl}/lenders/${lender}/admin/webhook-target`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ url: `${gatewayUrl}/v1/partners/${partnerCode}/webhooks` }),
    });
    if (!response.ok) throw new Error(`sandbox ${lender} refused its webhook target (${response.status})`);
  }
}
