import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, keepAliveFetch, type FeatureConfig } from '@los/common';
import type { NbfcAdapter } from '../contract/nbfc-adapter.js';
import { ADAPTER_FACTORIES } from '../partners/adapter-factories.js';
import { NbfcAdapterRegistry } from '../registry/nbfc-adapter-registry.js';
import type { PartnerConfigRow } from '../registry/partner-config.js';
import { resolveCredentials } from './credential-references.js';
import { PARTNER_CONNECTION_SOURCE, type PartnerConnection, type PartnerConnectionSource, type PartnerSla } from './partner-connection.js';
import { PartnerCallRecorder } from './partner-call.recorder.js';
import { RecordingNbfcAdapter } from './recording-nbfc-adapter.js';

/** A partner reachable live: its adapter (resilient, recorded) and the budget of one quote. */
export interface LivePartner {
  adapter: NbfcAdapter;
  quoteTimeoutMs: number;
  sla: PartnerSla;
}

/** The enabled partner connections, built once at boot into one `NbfcAdapterRegistry`. */
@Injectable()
export class LivePartners implements OnModuleInit {
  private readonly logger = new Logger(LivePartners.name);
  private readonly partners = new Map<string, LivePartner>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: FeatureConfig<'sandboxClient'>,
    @Inject(PARTNER_CONNECTION_SOURCE) private readonly connections: PartnerConnectionSource,
    private readonly recorder: PartnerCallRecorder,
  ) {}

  async onModuleInit(): Promise<void> {
    const rows = await this.connections.enabledConnections();
    const registry = new NbfcAdapterRegistry(
      rows.map((row) => this.configRow(row)),
      ADAPTER_FACTORIES,
      { fetchFn: keepAliveFetch },
    );
    for (const row of rows) {
      // Call latency has an SLA for quotes only; decisions are measured from submission (DecisionSlaTracker).
      const sla = { quote: row.sla.quoteMs };
      this.partners.set(row.partnerCode, {
        adapter: new RecordingNbfcAdapter(registry.get(row.partnerCode), this.recorder, sla),
        quoteTimeoutMs: row.resilience.timeoutsMs.quote,
        sla: row.sla,
      });
    }
    if (rows.length > 0) this.logger.log({ partners: registry.codes() }, 'live partner connections ready');
  }

  /** The partner's live connection when its adapter can quote; otherwise the partner is priced from its rules. */
  quoterOf(partnerCode: string): LivePartner | undefined {
    const partner = this.partners.get(partnerCode);
    return partner?.adapter.capabilities.liveQuotes ? partner : undefined;
  }

  /** The partner's live connection for submissions and webhooks, whatever it can do. */
  adapterOf(partnerCode: string): NbfcAdapter | undefined {
    return this.partners.get(partnerCode)?.adapter;
  }

  slaOf(partnerCode: string): PartnerSla | undefined {
    return this.partners.get(partnerCode)?.sla;
  }

  /** Every live partner with its SLA thresholds. */
  all(): [string, LivePartner][] {
    return [...this.partners];
  }

  private configRow(row: PartnerConnection): PartnerConfigRow {
    const baseUrl = row.baseUrlPath.startsWith('/') ? `${this.config.SANDBOX_URL.replace(/\/+$/, '')}${row.baseUrlPath}` : row.baseUrlPath;
    return {
      code: row.partnerCode,
      adapterType: row.adapterType,
      baseUrl,
      credentials: resolveCredentials(row.partnerCode, row.credentials),
      resilience: row.resilience,
    };
  }
}
