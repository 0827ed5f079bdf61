import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module.js';
import { UnderwritingModule } from '../underwriting/underwriting.module.js';
import { ComputeOffersFailedHandler } from './compute-offers-failed.handler.js';
import { OffersComputedHandler } from './offers-computed.handler.js';
import { OffersController } from './offers.controller.js';
import { OffersService } from './offers.service.js';

@Module({
  imports: [ApplicationsModule, UnderwritingModule],
  controllers: [OffersController],
  providers: [OffersService, OffersComputedHandler, ComputeOffersFailedHandler],
})
export class OffersModule {}
