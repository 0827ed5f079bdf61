import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module.js';
import { OffersController } from './offers.controller.js';
import { OffersService } from './offers.service.js';

@Module({ imports: [ApplicationsModule], controllers: [OffersController], providers: [OffersService] })
export class OffersModule {}
