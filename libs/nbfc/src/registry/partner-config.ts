import type { FetchFn } from '../http/partner-http.js';
import type { ResilienceOptions } from '../resilience/resilience-options.js';
import type { NbfcAdapter } from '../contract/nbfc-adapter.js';
import { PartnerError, PartnerErrorCode } from '../contract/partner-error.js';

/** One partner's adapter configuration, credentials resolved (`LivePartners` builds it from a `PartnerConnection`). */
export interface PartnerConfigRow {
  code: string;
  adapterType: string;
  baseUrl: string;
  credentials: Record<string, string>;
  /** Omitted: the adapter runs bare (tests); the offer service always sets it. */
  resilience?: ResilienceOptions;
}

export interface AdapterFactoryDeps {
  fetchFn?: FetchFn;
  now?: () => number;
}

export type NbfcAdapterFactory = (row: PartnerConfigRow, deps: AdapterFactoryDeps) => NbfcAdapter;

/** A credential the row must carry; its absence is a configuration error naming the credential, never its value. */
export function credential(row: PartnerConfigRow, name: string): string {
  const value = row.credentials[name];
  if (!value) throw new PartnerError(PartnerErrorCode.AuthFailed, `credential ${name} missing in configuration`, row.code);
  return value;
}
