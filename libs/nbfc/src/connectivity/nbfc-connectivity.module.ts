import { Module, type DynamicModule, type ModuleMetadata, type Type } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LivePartners } from './live-partners.registry.js';
import { PARTNER_CONNECTION_SOURCE, type PartnerConnectionSource } from './partner-connection.js';
import { PartnerCall, PartnerCallSchema } from './partner-call.schema.js';
import { PartnerCallRecorder } from './partner-call.recorder.js';
import { PartnerSlaBreachEntity } from './partner-sla-breach.entity.js';
import { PartnerSlaBreachesRepository } from './partner-sla-breaches.repository.js';
import { PartnerWebhookVerifier } from './partner-webhook.verifier.js';

/** The TypeORM entities the module writes; the service lists them and creates their table in its own migrations. */
export const NBFC_CONNECTIVITY_ENTITIES = [PartnerSlaBreachEntity];

export interface NbfcConnectivityOptions {
  /** Where the enabled connections come from (the offer service's rows, or its query for other services). */
  source: Type<PartnerConnectionSource>;
  /** Modules the source needs (its TypeORM feature, say). */
  imports?: ModuleMetadata['imports'];
}

/**
 * Live partner connectivity for any service that calls lenders: the adapters built from connection configuration
 * (resilient, recorded), the call trail in the service's own Mongo `partner_calls` with latency metrics, SLA
 * breaches in its own MySQL, and webhook verification. Register it once per service and re-export it.
 */
@Module({})
export class NbfcConnectivityModule {
  static register({ source, imports = [] }: NbfcConnectivityOptions): DynamicModule {
    const partnerCalls = MongooseModule.forFeature([{ name: PartnerCall.name, schema: PartnerCallSchema }]);
    return {
      module: NbfcConnectivityModule,
      imports: [TypeOrmModule.forFeature(NBFC_CONNECTIVITY_ENTITIES), partnerCalls, ...imports],
      providers: [
        { provide: PARTNER_CONNECTION_SOURCE, useClass: source },
        PartnerSlaBreachesRepository,
        PartnerCallRecorder,
        LivePartners,
        PartnerWebhookVerifier,
      ],
      exports: [partnerCalls, PartnerSlaBreachesRepository, PartnerCallRecorder, LivePartners, PartnerWebhookVerifier],
    };
  }
}
