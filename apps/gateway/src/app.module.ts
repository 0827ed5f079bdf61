import { DynamicModule, Module } from '@nestjs/common';
import { AccessModule, IdempotencyModule, ServiceInfrastructureModule, type GatewayConfig } from '@los/common';
import { ApplicationEventsModule } from './application-events/application-events.module.js';
import { ApplicationsModule } from './applications/applications.module.js';
import { ApprovalMetricsModule } from './approval-metrics/approval-metrics.module.js';
import { AuthModule } from './auth/auth.module.js';
import { BankAccountsModule } from './bank-accounts/bank-accounts.module.js';
import { DisbursalsModule } from './disbursals/disbursals.module.js';
import { GATEWAY_ENTITIES } from './database/gateway-schema.js';
import { DecisionTablesModule } from './decision-tables/decision-tables.module.js';
import { DocumentsModule } from './documents/documents.module.js';
import { ProbesModule } from './probes/probes.module.js';
import { EmiModule } from './emi/emi.module.js';
import { KycReviewsModule } from './kyc-reviews/kyc-reviews.module.js';
import { KycModule } from './kyc/kyc.module.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import { OffersModule } from './offers/offers.module.js';
import { OpsModule } from './ops/ops.module.js';
import { PartnerEventsModule } from './partner-events/partner-events.module.js';
import { PartnersModule } from './partners/partners.module.js';
import { RateLimitModule } from './rate-limit/rate-limit.module.js';
import { UnderwritingDeskModule } from './underwriting-desk/underwriting-desk.module.js';
import { UnderwritingModule } from './underwriting/underwriting.module.js';
import { UsersModule } from './users/users.module.js';
import { WebhooksModule } from './webhooks/webhooks.module.js';

@Module({})
export class AppModule {
  static register(config: GatewayConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        // Batches: creating an application and each status move write their rows in one round trip.
        ServiceInfrastructureModule.forService(config, { entities: GATEWAY_ENTITIES, reportsTo: [], mysql: { multipleStatements: true } }),
        AccessModule,
        IdempotencyModule,
        RateLimitModule,
        UsersModule,
        AuthModule,
        ApplicationsModule,
        ApplicationEventsModule,
        NotificationsModule,
        WebhooksModule,
        DocumentsModule,
        KycModule,
        KycReviewsModule,
        OffersModule,
        UnderwritingModule,
        UnderwritingDeskModule,
        PartnersModule,
        PartnerEventsModule,
        DecisionTablesModule,
        EmiModule,
        ProbesModule,
        OpsModule,
        ApprovalMetricsModule,
        BankAccountsModule,
        DisbursalsModule,
      ],
    };
  }
}
