import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { AppException, parseMessage } from '@los/common';
import {
  ErrorCode,
  MessagePattern as Pattern,
  QueryEnvelope,
  UnderwritingSnapshotRequest,
  type UnderwritingSnapshotReply,
} from '@los/contracts';
import { SnapshotRepository } from './snapshot.repository.js';

@Controller()
export class SnapshotQueriesController {
  constructor(private readonly snapshots: SnapshotRepository) {}

  /** The input a decision was taken on, for the underwriter's evidence; NOT_FOUND for another application's snapshot. */
  @MessagePattern(Pattern.UnderwritingSnapshot)
  async snapshot(@Payload() message: unknown): Promise<UnderwritingSnapshotReply> {
    const { payload } = parseMessage(QueryEnvelope, message);
    const { applicationId, snapshotId } = parseMessage(UnderwritingSnapshotRequest, payload);
    const input = await this.snapshots.get(snapshotId);
    if (!input || input.applicationId !== applicationId) throw new AppException(ErrorCode.NotFound, 'No such input snapshot');
    return { snapshotId, input };
  }
}
