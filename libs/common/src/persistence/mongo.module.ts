import { DynamicModule, Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import mongoose from 'mongoose';
import { APP_CONFIG } from '../config/app-config.module.js';
import type { FeatureConfig } from '../config/load-config.js';

// Operator injection defence: filters built from client input can never carry `$` operators.
mongoose.set('sanitizeFilter', true);
mongoose.set('strictQuery', true);

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
            serverSelectionTimeoutMS: 5_000,
            autoIndex: true,
          }),
        }),
      ],
    };
  }
}
