import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { SnapshotQueriesController } from './snapshot-queries.controller.js';
import { SnapshotRepository } from './snapshot.repository.js';
import { UnderwritingSnapshot, UnderwritingSnapshotSchema } from './underwriting-snapshot.schema.js';

@Module({
  imports: [MongooseModule.forFeature([{ name: UnderwritingSnapshot.name, schema: UnderwritingSnapshotSchema }])],
  controllers: [SnapshotQueriesController],
  providers: [SnapshotRepository],
  exports: [SnapshotRepository],
})
export class SnapshotsModule {}
