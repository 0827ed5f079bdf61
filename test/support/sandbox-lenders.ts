import assert from 'node:assert/strict';
import type { TestSuite } from './test-suite.js';

/** Each offer partner, its sandbox lender, and the lender route our adapter asks for a quote. */
export const LIVE_PARTNERS = [
  { partnerCode: 'AURUM_PRIME', lender: 'lendwise', quoteRoute: 'POST /lenders/lendwise/v1/quotes' },
  { partnerCode: 'VISTAAR_CREDIT', lender: 'northstar', quoteRoute: 'POST /lenders/northstar/v1/eligibility' },
  { partnerCode: 'UDYAM_FINSERV', lender: 'kuber', quoteRoute: 'POST /lenders/kuber/quotes' },
  { partnerCode: 'SETU_MICROLOANS', lender: 'ocean', quoteRoute: 'POST /lenders/ocean/quotes' },
] as const;

export type LenderCode = (typeof LIVE_PARTNERS)[number]['lender'];

/**
 * Connections are seeded disabled and read at boot: enable them, then restart the offer service (quotes) and any
 * disbursal-service of the suite (submissions, webhooks, payouts: it reads them from offer-service) against the sandbox.
 */
export async function enableConnections(
  suite: TestSuite,
  partnerCodes: readonly string[],
  env: Record<string, string> = {},
): Promise<void> {
  const db = await suite.mysql('offer-service');
  try {
    await db.query('UPDATE partner_connections SET enabled = 1 WHERE partner_code IN (?)', [partnerCodes]);
  } finally {
    await db.end();
  }
  await suite.stopApp(suite.app('offer-service'));
  await suite.startApp('offer-service', { SANDBOX_URL: suite.app('sandbox').url, ...env });
  for (const app of suite.apps.filter((running) => running.service === 'disbursal-service')) {
    await suite.stopApp(app);
    await suite.startApp('disbursal-service', { SANDBOX_URL: suite.app('sandbox').url, ...env });
  }
}

/** The shared fault and stats controls of the sandbox lenders (apps/sandbox/src/lenders/README.md). */
export class SandboxLenders {
  constructor(private readonly sandboxUrl: string) {}

  async setFault(lender: LenderCode, fault: { mode: string; latencyMs?: number; ratio?: number }): Promise<void> {
    await this.send('PUT', `${lender}/admin/faults`, fault);
  }

  async clearFault(lender: LenderCode): Promise<void> {
    await this.send('DELETE', `${lender}/admin/faults`);
  }

  async resetStats(lender: LenderCode): Promise<void> {
    await this.send('DELETE', `${lender}/admin/stats`);
  }

  /** How many quote requests the lender received (faulted ones included). */
  async quoteRequests(lender: LenderCode): Promise<number> {
    const route = LIVE_PARTNERS.find((partner) => partner.lender === lender)!.quoteRoute;
    const stats = (await (await this.send('GET', `${lender}/admin/stats`)).json()) as { byRoute: Record<string, number> };
    return stats.byRoute[route] ?? 0;
  }

  private async send(method: string, path: string, body?: object): Promise<Response> {
    const response = await fetch(`${this.sandboxUrl}/lenders/${path}`, {
      method,
      headers: body ? { 'content-type': 'application/json' } : {},
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!response.ok) throw new Error(`${method} /lenders/${path}: ${response.status}`);
    return response;
  }
}

/** One call to a sandbox lender's admin routes (`<lender>/admin/...`): its JSON answer, or null; the test fails on an error status. */
export async function sandboxLenderAdmin(sandboxUrl: string, method: string, path: string, body?: unknown): Promise<any> {
  const response = await fetch(`${sandboxUrl}/lenders/${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  assert.ok(response.ok, `${method} ${path}: ${response.status}`);
  return response.json().catch(() => null);
}
