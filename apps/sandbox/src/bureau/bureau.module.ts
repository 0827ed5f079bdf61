import { Module } from '@nestjs/common';
import { BureauFaultsController } from './bureau-faults.controller.js';
import { BureauFaults } from './bureau-faults.service.js';
import { BureauController } from './bureau.controller.js';

@Module({ controllers: [BureauController, BureauFaultsController], providers: [BureauFaults] })
export class BureauModule {}
