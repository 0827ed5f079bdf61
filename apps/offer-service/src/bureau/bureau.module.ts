import { Module } from '@nestjs/common';
import { BureauClient } from './bureau.client.js';

@Module({ providers: [BureauClient], exports: [BureauClient] })
export class BureauModule {}
