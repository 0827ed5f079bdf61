import { DynamicModule, Module } from '@nestjs/common';
import { ServiceInfrastructureModule, type UnderwritingConfig } from '@los/common';
import { ServiceName } from '@los/contracts';
import { UNDERWRITING_ENTITIES } from './database/underwriting-schema.js';
import { DecisionTablesModule } from './decision-tables/decision-tables.module.js';
import { EvaluationModule } from './evaluation/evaluation.module.js';
import { SnapshotsModule } from './snapshots/snapshots.module.js';

@Module({})
export class AppModule {
  static register(config: UnderwritingConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ServiceInfrastructureModule.forService(config, { entities: UNDERWRITING_ENTITIES, reportsTo: [ServiceName.Gateway] }),
        DecisionTablesModule,
        SnapshotsModule,
        EvaluationModule,
      ],
    };
  }
}
