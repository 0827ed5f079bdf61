import { DynamicModule, Module } from '@nestjs/common';
import { ServiceInfrastructureModule, type OfferConfig } from '@los/common';
import { ServiceName } from '@los/contracts';
import { OFFER_ENTITIES } from './database/offer-schema.js';
import { EmiPreviewModule } from './emi-preview/emi-preview.module.js';
import { OffersModule } from './offers/offers.module.js';
import { PartnersModule } from './partners/partners.module.js';

@Module({})
export class AppModule {
  static register(config: OfferConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ServiceInfrastructureModule.forService(config, { entities: OFFER_ENTITIES, reportsTo: [ServiceName.Gateway] }),
        PartnersModule,
        OffersModule,
        EmiPreviewModule,
      ],
    };
  }
}
