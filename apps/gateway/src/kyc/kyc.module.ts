import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApplicationsModule } from '../applications/applications.module.js';
import { KycCompletedHandler } from './kyc-completed.handler.js';
import { KycVerifyFailedHandler } from './kyc-verify-failed.handler.js';
import { KycSubmissionEntity } from './kyc-submission.entity.js';
import { KycController } from './kyc.controller.js';
import { KycService } from './kyc.service.js';

@Module({
  imports: [ApplicationsModule, TypeOrmModule.forFeature([KycSubmissionEntity])],
  controllers: [KycController],
  providers: [KycService, KycCompletedHandler, KycVerifyFailedHandler],
})
export class KycModule {}
