import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { TypeOrmModule } from '@nestjs/typeorm';
import { InboxCommandEntity } from '@los/common';
import { KycProbeHandler } from './kyc-probe.handler.js';
import { ProbeCommandsController } from './probe-commands.controller.js';
import { ProbeRun, ProbeRunSchema } from './probe-run.schema.js';

@Module({
  imports: [TypeOrmModule.forFeature([InboxCommandEntity]), MongooseModule.forFeature([{ name: ProbeRun.name, schema: ProbeRunSchema }])],
  controllers: [ProbeCommandsController],
  providers: [KycProbeHandler],
})
export class ProbesModule {}
