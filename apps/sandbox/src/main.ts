import 'reflect-metadata';
import { bootstrapService } from '@los/common';
import { ServiceName } from '@los/contracts';
import { AppModule } from './app.module.js';
import { configureSandboxHttp } from './http-setup.js';

await bootstrapService({
  service: ServiceName.Sandbox,
  rpc: false,
  module: (config) => AppModule.register(config),
  configure: configureSandboxHttp,
});
