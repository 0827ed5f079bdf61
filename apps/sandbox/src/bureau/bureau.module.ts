import { Module } from '@nestjs/common';
import { BureauController } from './bureau.controller.js';

@Module({ controllers: [BureauController] })
export class BureauModule {}
