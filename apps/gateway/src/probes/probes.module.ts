import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { KycProbeCompletedHandler } from './kyc-probe-completed.handler.js';
import { KycProbeFailedHandler } from './kyc-probe-failed.handler.js';
import { ProbeEntity } from './probe.entity.js';
import { ProbesController } from './probes.controller.js';
import { ProbesService } from './probes.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([ProbeEntity])],
  controllers: [ProbesController],
  providers: [ProbesService, KycProbeCompletedHandler, KycProbeFailedHandler],
})
export class ProbesModule {}
