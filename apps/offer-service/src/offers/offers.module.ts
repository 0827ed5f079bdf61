import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BureauModule } from '../bureau/bureau.module.js';
import { ConnectionsModule } from '../connections/connections.module.js';
import { PartnersModule } from '../partners/partners.module.js';
import { OfferAcceptanceEntity } from './entities/offer-acceptance.entity.js';
import { OfferSetEntity } from './entities/offer-set.entity.js';
import { OfferEntity } from './entities/offer.entity.js';
import { ComputeOffersHandler } from './compute-offers.handler.js';
import { OffersController } from './offers.controller.js';
import { OffersRepository } from './offers.repository.js';
import { AcceptOfferUseCase } from './usecases/accept-offer/accept-offer.usecase.js';
import { ComputeOffersUseCase } from './usecases/compute-offers/compute-offers.usecase.js';
import { LiveQuotes } from './usecases/compute-offers/live-quotes.service.js';
import { GetAcceptedOfferUseCase } from './usecases/get-accepted-offer/get-accepted-offer.usecase.js';
import { GetKfsUseCase } from './usecases/get-kfs/get-kfs.usecase.js';
import { GetOfferSetUseCase } from './usecases/get-offer-set/get-offer-set.usecase.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([OfferSetEntity, OfferEntity, OfferAcceptanceEntity]),
    PartnersModule,
    BureauModule,
    ConnectionsModule,
  ],
  controllers: [OffersController],
  providers: [
    OffersRepository,
    ComputeOffersUseCase,
    LiveQuotes,
    AcceptOfferUseCase,
    GetKfsUseCase,
    GetOfferSetUseCase,
    GetAcceptedOfferUseCase,
    ComputeOffersHandler,
  ],
})
export class OffersModule {}
