import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, OutboxCommandEntity, type GatewayConfig } from '@los/common';
import { DwellLimitPolicy } from './dwell-limits/dwell-limit.policy.js';
import { RedriveAuditEntity } from './redrive-audit.entity.js';
import { StuckApplicationsController } from './stuck-applications.controller.js';
import { StuckApplicationsGauge } from './stuck-applications.gauge.js';
import { StuckApplicationsRepository } from './stuck-applications.repository.js';
import { ListStuckApplicationsUseCase } from './usecases/list-stuck-applications/list-stuck-applications.usecase.js';
import { RedriveApplicationUseCase } from './usecases/redrive-application/redrive-application.usecase.js';

/** Nothing stuck without someone seeing it: applications past their dwell limit, their re-drive, a gauge. */
@Module({
  imports: [TypeOrmModule.forFeature([OutboxCommandEntity, RedriveAuditEntity])],
  controllers: [StuckApplicationsController],
  providers: [
    {
      provide: DwellLimitPolicy,
      inject: [APP_CONFIG],
      useFactory: (config: GatewayConfig) => new DwellLimitPolicy(config.DWELL_LIMITS_MS),
    },
    StuckApplicationsRepository,
    StuckApplicationsGauge,
    ListStuckApplicationsUseCase,
    RedriveApplicationUseCase,
  ],
})
export class OpsModule {}
