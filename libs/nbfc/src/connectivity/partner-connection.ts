import type { ResilienceOptions } from '../resilience/resilience-options.js';

/** A partner's service levels: a quote's call latency, and its decision and disbursal measured from our request. */
export interface PartnerSla {
  quoteMs: number;
  decisionMs: number;
  disbursalMs: number;
}

/** How one partner is reached live, as its connection configuration holds it (credentials may be references). */
export interface PartnerConnection {
  partnerCode: string;
  adapterType: string;
  /** Relative to the service's SANDBOX_URL when it starts with `/`, else absolute. */
  baseUrlPath: string;
  /** Values, or `env:NAME` / `file:/path` references resolved by the reading service (`resolveCredentials`). */
  credentials: Record<string, string>;
  resilience: ResilienceOptions;
  sla: PartnerSla;
}

/**
 * Where a service reads its enabled partner connections from, once at boot. The offer service owns the rows
 * (`partner_connections`); other services read them through its `offer.qry.partner-connections.v1` query.
 */
export interface PartnerConnectionSource {
  enabledConnections(): Promise<PartnerConnection[]>;
}

export const PARTNER_CONNECTION_SOURCE = Symbol('PARTNER_CONNECTION_SOURCE');
