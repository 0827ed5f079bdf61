import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PartnersModule } from '../partners/partners.module.js';
import { LivePartners } from './live-partners.registry.js';
import { PartnerCallRecorder } from './partner-call.recorder.js';
import { PartnerCall, PartnerCallSchema } from './partner-call.schema.js';
import { PartnerConnectionEntity } from './partner-connection.entity.js';
import { PartnerConnectionsRepository } from './partner-connections.repository.js';
import { PartnerSlaBreachEntity } from './partner-sla-breach.entity.js';
import { PartnerSlaController } from './partner-sla.controller.js';
import { GetPartnerSlaUseCase } from './usecases/get-partner-sla/get-partner-sla.usecase.js';

/** Live partner connections: the adapters built from `partner_connections`, their call trail and SLA figures. */
@Module({
  imports: [
    TypeOrmModule.forFeature([PartnerConnectionEntity, PartnerSlaBreachEntity]),
    MongooseModule.forFeature([{ name: PartnerCall.name, schema: PartnerCallSchema }]),
    PartnersModule,
  ],
  controllers: [PartnerSlaController],
  providers: [PartnerConnectionsRepository, PartnerCallRecorder, LivePartners, GetPartnerSlaUseCase],
  exports: [LivePartners, PartnerCallRecorder, PartnerConnectionsRepository],
})
export class ConnectionsModule {}
