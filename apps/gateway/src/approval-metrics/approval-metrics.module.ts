import { Module } from '@nestjs/common';
import { TimeToApprovalController } from './time-to-approval.controller.js';
import { TimeToApprovalReport } from './time-to-approval.report.js';
import { TimeToApprovalRepository } from './time-to-approval.repository.js';

/** Figures of the lending funnel for admins and ops: time to approval. */
@Module({
  controllers: [TimeToApprovalController],
  providers: [TimeToApprovalRepository, TimeToApprovalReport],
})
export class ApprovalMetricsModule {}
