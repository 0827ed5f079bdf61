import 'reflect-metadata';
import { bootstrapService } from '@los/common';
import { ServiceName } from '@los/contracts';
import { AppModule } from './app.module.js';
import { configureGatewayHttp } from './http-setup.js';

await bootstrapService({
  service: ServiceName.Gateway,
  rpc: false,
  module: (config) => AppModule.register(config),
  configure: configureGatewayHttp,
});
