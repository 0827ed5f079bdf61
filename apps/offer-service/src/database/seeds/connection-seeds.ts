import type { PartnerSla, ResilienceOptions } from '@los/nbfc';
import { LOS_SANDBOX_CLIENT_PRIVATE_KEY_PEM, OCEAN_SANDBOX_PUBLIC_KEY_PEM } from './ocean-sandbox-keys.js';

export interface ConnectionSeed {
  partnerCode: string;
  adapterType: string;
  baseUrlPath: string;
  credentials: Record<string, string>;
  resilience: ResilienceOptions;
  sla: PartnerSla;
  enabled: boolean;
}

const RESILIENCE: ResilienceOptions = {
  timeoutsMs: { quote: 2_000, submit: 5_000, accept: 5_000, disburse: 8_000, disbursalStatus: 3_000 },
  maxConcurrent: 16,
  breaker: { consecutiveFailures: 5, halfOpenAfterMs: 10_000 },
  retry: { maxAttempts: 2, baseDelayMs: 100, maxDelayMs: 500, maxRetryAfterMs: 1_000 },
};
const SLA: PartnerSla = { quoteMs: 1_500, decisionMs: 7_200_000, disbursalMs: 14_400_000 };

/**
 * The first two connections (migration 400). Seeded disabled: enabling a connection replaces that partner's
 * rule-based offer with its live quote, which an operator switches on.
 */
export const LENDWISE_NORTHSTAR_SEEDS: readonly ConnectionSeed[] = [
  {
    partnerCode: 'AURUM_PRIME',
    adapterType: 'lendwise',
    baseUrlPath: '/lenders/lendwise',
    credentials: { apiKey: 'lw_sandbox_key', webhookSecret: 'lw_sandbox_whsec' },
    resilience: RESILIENCE,
    sla: SLA,
    enabled: false,
  },
  {
    partnerCode: 'VISTAAR_CREDIT',
    adapterType: 'northstar',
    baseUrlPath: '/lenders/northstar',
    credentials: { clientId: 'ns_sandbox_client', clientSecret: 'ns_sandbox_secret', webhookSecret: 'ns_sandbox_whsec' },
    resilience: RESILIENCE,
    sla: SLA,
    enabled: false,
  },
];

/** The other two partners through the sandbox KUBER and OCEAN lenders (migration 500); seeded disabled likewise. */
export const KUBER_OCEAN_SEEDS: readonly ConnectionSeed[] = [
  {
    partnerCode: 'UDYAM_FINSERV',
    adapterType: 'kuber',
    baseUrlPath: '/lenders/kuber',
    credentials: { apiKey: 'kuber_sandbox_key', partnerId: 'LOS' },
    resilience: RESILIENCE,
    sla: SLA,
    enabled: false,
  },
  {
    partnerCode: 'SETU_MICROLOANS',
    adapterType: 'ocean',
    baseUrlPath: '/lenders/ocean',
    credentials: {
      keyId: 'los-sandbox-1',
      privateKeyPem: LOS_SANDBOX_CLIENT_PRIVATE_KEY_PEM,
      partnerPublicKeyPem: OCEAN_SANDBOX_PUBLIC_KEY_PEM,
    },
    resilience: RESILIENCE,
    sla: SLA,
    enabled: false,
  },
];
