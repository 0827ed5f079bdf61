import { Module } from '@nestjs/common';
import { OceanLenderModule } from '../ocean/ocean-lender.module.js';
import { KuberLenderModule } from './kuber-lender.module.js';

/** The simulated KUBER (XML, polling) and OCEAN (OCEN JSON, signed callbacks) lenders. */
@Module({ imports: [KuberLenderModule, OceanLenderModule] })
export class KuberOceanLendersModule {}
