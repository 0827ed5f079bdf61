import { enableConnections, LIVE_PARTNERS } from '../../test/support/sandbox-lenders.js';
import { TestSuite } from '../../test/support/test-suite.js';

/** Every service's env here: quick sweeps, no login throttle for the users the driver creates, quiet logs. */
export const JOURNEY_ENV = {
  LOG_LEVEL: 'warn',
  THROTTLE_AUTH_LIMIT: '100000',
  SWEEP_INTERVAL_MS: '500',
  COMMAND_DEADLINE_MS: '20000',
};
/** KUBER has no webhooks: its disbursals are polled, every half second here instead of every 30 s. */
export const DISBURSAL_ENV = {
  DISBURSAL_POLL_INTERVAL_MS: '500',
  DISBURSAL_RECONCILE_INTERVAL_MS: '2000',
  DISBURSAL_RECONCILE_AFTER_MS: '15000',
};
/** The lenders that call back (KUBER answers on its routes), and the sandbox route that says where. */
const CALLS_BACK = [
  { lender: 'lendwise', partnerCode: 'AURUM_PRIME', route: 'webhook-target' },
  { lender: 'northstar', partnerCode: 'VISTAAR_CREDIT', route: 'webhook-target' },
  { lender: 'ocean', partnerCode: 'SETU_MICROLOANS', route: 'callback-target' },
] as const;

/**
 * The whole suite for one run, in its own databases and Redis: the six services, every sandbox lender's connection
 * enabled (offer-service and disbursal-service read them at boot, so both start again), lender webhooks at the gateway.
 */
export async function startJourneySuite(name: string, gatewayEnv: Record<string, string> = {}): Promise<TestSuite> {
  const suite = await TestSuite.start(
    name,
    [
      { service: 'sandbox' },
      { service: 'gateway', env: gatewayEnv },
      { service: 'kyc-service' },
      { service: 'offer-service' },
      { service: 'underwriting-service' },
      { service: 'disbursal-service', env: DISBURSAL_ENV },
    ],
    JOURNEY_ENV,
  );
  try {
    const sandboxUrl = suite.app('sandbox').url;
    await enableConnections(
      suite,
      LIVE_PARTNERS.map((partner) => partner.partnerCode),
      JOURNEY_ENV,
    );
    await suite.stopApp(suite.app('disbursal-service'));
    await suite.startApp('disbursal-service', { SANDBOX_URL: sandboxUrl, ...JOURNEY_ENV, ...DISBURSAL_ENV });
    for (const { lender, partnerCode, route } of CALLS_BACK) {
      const url = `${suite.app('gateway').url}/v1/partners/${partnerCode}/webhooks`;
      await lenderAdmin(sandboxUrl, 'PUT', `${lender}/admin/${route}`, { url });
    }
    return suite;
  } catch (error) {
    await suite.stop();
    throw error;
  }
}

/** A sandbox lender's admin route (apps/sandbox/src/lenders/README.md); fails on anything but 2xx. */
export async function lenderAdmin(sandboxUrl: string, method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${sandboxUrl}/lenders/${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`sandbox ${method} /lenders/${path}: ${response.status}`);
  return response.json().catch(() => null);
}
