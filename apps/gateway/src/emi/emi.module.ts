import { Module } from '@nestjs/common';
import { EmiController } from './emi.controller.js';

@Module({ controllers: [EmiController] })
export class EmiModule {}
