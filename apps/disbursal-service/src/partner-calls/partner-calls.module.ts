import { Module } from '@nestjs/common';
import { ConnectionsModule } from '../connections/connections.module.js';
import { PartnerCallsController } from './partner-calls.controller.js';
import { GetPartnerCallFiguresUseCase } from './get-partner-call-figures.usecase.js';

/** This service's share of a partner's SLA figures (its own `partner_calls` and `partner_sla_breaches`). */
@Module({
  imports: [ConnectionsModule],
  controllers: [PartnerCallsController],
  providers: [GetPartnerCallFiguresUseCase],
})
export class PartnerCallsModule {}
