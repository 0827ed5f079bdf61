import 'reflect-metadata';
import { bootstrapService } from '@los/common';
import { ServiceName } from '@los/contracts';
import { AppModule } from './app.module.js';

await bootstrapService({ service: ServiceName.Disbursal, rpc: true, module: (config) => AppModule.register(config) });
