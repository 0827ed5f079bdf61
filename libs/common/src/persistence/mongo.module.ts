import { DynamicModule, Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import mongoose from 'mongoose';
import { APP_CONFIG } from '../config/app-config.module.js';
import type { FeatureConfig } from '../config/load-config.js';

const MONGO_UNAVAILABLE_AFTER_MS = 2_000;

// Operator injection defence: filters built from client input can never carry `$` operators.
mongoose.set('sanitizeFilter', true);
mongoose.set('strictQuery', true);
// With the server down an operation fails within 2 s (503 DEPENDENCY_UNAVAILABLE), well inside a caller's RPC timeout.
mongoose.set('bufferTimeoutMS', MONGO_UNAVAILABLE_AFTER_MS);

/** The service's own Mongo database (FerretDB locally, MongoDB 7 in production). */
@Module({})
export class MongoModule {
  static forRoot(): DynamicModule {
    return {
      module: MongoModule,
      imports: [
        MongooseModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: FeatureConfig<'mongo'>) => ({
            uri: config.MONGO_URL,
            serverSelectionTimeoutMS: MONGO_UNAVAILABLE_AFTER_MS,
            autoIndex: true,
          }),
        }),
      ],
    };
  }
}
