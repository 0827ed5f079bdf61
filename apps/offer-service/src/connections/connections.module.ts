import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NbfcConnectivityModule } from '@los/nbfc';
import { PartnersModule } from '../partners/partners.module.js';
import { PartnerConnectionEntity } from './partner-connection.entity.js';
import { PartnerConnectionsController } from './partner-connections.controller.js';
import { PartnerConnectionsRepository } from './partner-connections.repository.js';
import { PartnerSlaController } from './partner-sla.controller.js';
import { GetPartnerSlaUseCase } from './usecases/get-partner-sla/get-partner-sla.usecase.js';
import { ListPartnerConnectionsUseCase } from './usecases/list-partner-connections/list-partner-connections.usecase.js';

const connectionRows = TypeOrmModule.forFeature([PartnerConnectionEntity]);

/**
 * Live partner connections: `@los/nbfc` connectivity built from this service's `partner_connections` rows, which
 * it owns and shares with the other services through `offer.qry.partner-connections.v1`; the SLA figures query.
 */
@Module({
  imports: [
    connectionRows,
    NbfcConnectivityModule.register({ source: PartnerConnectionsRepository, imports: [connectionRows] }),
    PartnersModule,
  ],
  controllers: [PartnerSlaController, PartnerConnectionsController],
  providers: [PartnerConnectionsRepository, GetPartnerSlaUseCase, ListPartnerConnectionsUseCase],
  exports: [NbfcConnectivityModule],
})
export class ConnectionsModule {}
