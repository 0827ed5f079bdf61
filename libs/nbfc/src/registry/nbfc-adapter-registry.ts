import type { NbfcAdapter } from '../contract/nbfc-adapter.js';
import { ResilientNbfcAdapter } from '../resilience/resilient-nbfc-adapter.js';
import type { AdapterFactoryDeps, NbfcAdapterFactory, PartnerConfigRow } from './partner-config.js';

/** Builds one adapter per configured partner from the adapterType → factory map, and finds them by code. */
export class NbfcAdapterRegistry {
  private readonly adapters = new Map<string, NbfcAdapter>();

  constructor(rows: readonly PartnerConfigRow[], factories: Readonly<Record<string, NbfcAdapterFactory>>, deps: AdapterFactoryDeps = {}) {
    for (const row of rows) {
      if (this.adapters.has(row.code)) throw new Error(`Partner ${row.code} is configured twice`);
      const factory = factories[row.adapterType];
      if (!factory) throw new Error(`Partner ${row.code} has unknown adapterType ${row.adapterType}`);
      const adapter = factory(row, deps);
      this.adapters.set(row.code, row.resilience ? new ResilientNbfcAdapter(adapter, row.resilience) : adapter);
    }
  }

  get(code: string): NbfcAdapter {
    const adapter = this.adapters.get(code);
    if (!adapter) throw new Error(`No NBFC partner configured with code ${code}`);
    return adapter;
  }

  has(code: string): boolean {
    return this.adapters.has(code);
  }

  codes(): string[] {
    return [...this.adapters.keys()];
  }
}
