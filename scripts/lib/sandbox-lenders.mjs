// The development stack talks to the sandbox lenders live: their connections enabled, their webhooks aimed at the gateway.
import { createConnection } from 'mysql2/promise';

/** Sandbox lender → the partner code its connection serves, and the admin route that sets where it calls back. */
const WEBHOOK_TARGETS = [
  { lender: 'lendwise', partnerCode: 'AURUM_PRIME', route: 'webhook-target' },
  { lender: 'northstar', partnerCode: 'VISTAAR_CREDIT', route: 'webhook-target' },
  { lender: 'ocean', partnerCode: 'SETU_MICROLOANS', route: 'callback-target' },
];

/** Before the offer service starts: it builds its adapters from the enabled rows at boot. */
export async function enableLenderConnections(offerDatabaseUrl) {
  const db = await createConnection(offerDatabaseUrl);
  try {
    const [result] = await db.query("UPDATE partner_connections SET enabled = 1 WHERE base_url_path LIKE '/lenders/%'");
    return result.affectedRows;
  } finally {
    await db.end();
  }
}

export async function pointLenderWebhooks(sandboxUrl, gatewayUrl) {
  for (const { lender, partnerCode, route } of WEBHOOK_TARGETS) {
    const response = await fetch(`${sandboxUrl}/lenders/${lender}/admin/${route}`, {
      method: 'PUT', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ url: `${gatewayUrl}/v1/partners/${partnerCode}/webhooks` }),
    });
    if (!response.ok) throw new Error(`sandbox ${lender} refused its webhook target (${response.status})`);
  }
}
