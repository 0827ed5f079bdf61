import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApplicationsModule } from '../applications/applications.module.js';
import { UnderwritingModule } from '../underwriting/underwriting.module.js';
import { DocumentBucket } from './document-bucket.provider.js';
import { ApplicationDocumentEntity } from './document.entity.js';
import { DocumentsController } from './documents.controller.js';
import { DocumentsService } from './documents.service.js';
import { S3ObjectsService } from './s3-objects.service.js';
import { S3PresignerService } from './s3-presigner.service.js';
import { CheckUploadUseCase } from './usecases/check-upload/check-upload.usecase.js';

@Module({
  imports: [ApplicationsModule, UnderwritingModule, TypeOrmModule.forFeature([ApplicationDocumentEntity])],
  controllers: [DocumentsController],
  providers: [DocumentsService, DocumentBucket, S3PresignerService, S3ObjectsService, CheckUploadUseCase],
  exports: [DocumentsService],
})
export class DocumentsModule {}
