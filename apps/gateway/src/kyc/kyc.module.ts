import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApplicationsModule } from '../applications/applications.module.js';
import { KycReviewsModule } from '../kyc-reviews/kyc-reviews.module.js';
import { KycCompletedHandler } from './kyc-completed.handler.js';
import { KycVerifyFailedHandler } from './kyc-verify-failed.handler.js';
import { KycAttemptLimits } from './kyc-attempt-limits.service.js';
import { KycOtpRequestEntity } from './kyc-otp-request.entity.js';
import { KycSubmissionEntity } from './kyc-submission.entity.js';
import { KycController } from './kyc.controller.js';
import { KycService } from './kyc.service.js';

@Module({
  imports: [ApplicationsModule, KycReviewsModule, TypeOrmModule.forFeature([KycSubmissionEntity, KycOtpRequestEntity])],
  controllers: [KycController],
  providers: [KycService, KycAttemptLimits, KycCompletedHandler, KycVerifyFailedHandler],
})
export class KycModule {}
