import { Injectable } from '@nestjs/common';
import { AppException } from '@los/common';
import { ErrorCode } from '@los/contracts';
import { durationStats } from './time-to-approval.stats.js';
import { TimeToApprovalRepository } from './time-to-approval.repository.js';
import type { TimeToApprovalView } from './time-to-approval.view.js';

const DAY_MS = 24 * 60 * 60_000;
const DEFAULT_SPAN_MS = 30 * DAY_MS;
const MAX_SPAN_MS = 366 * DAY_MS;

/** Time to approval over a window of approvals, all of them and split automatic / manual. */
@Injectable()
export class TimeToApprovalReport {
  constructor(private readonly repository: TimeToApprovalRepository) {}

  async execute(fromText: string | undefined, toText: string | undefined, now = new Date()): Promise<TimeToApprovalView> {
    const to = toText ? new Date(toText) : now;
    const from = fromText ? new Date(fromText) : new Date(to.getTime() - DEFAULT_SPAN_MS);
    if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()))
      throw new AppException(ErrorCode.ValidationFailed, 'from and to must be dates');
    if (from >= to) throw new AppException(ErrorCode.ValidationFailed, 'from must be before to');
    if (to.getTime() - from.getTime() > MAX_SPAN_MS)
      throw new AppException(ErrorCode.ValidationFailed, 'from and to may be at most 366 days apart');
    const durations = await this.repository.approvedBetween(from, to);
    const secondsOf = (manual?: boolean) => durations.filter((d) => manual === undefined || d.manual === manual).map((d) => d.seconds);
    return {
      from: from.toISOString(),
      to: to.toISOString(),
      all: durationStats(secondsOf()),
      automatic: durationStats(secondsOf(false)),
      manual: durationStats(secondsOf(true)),
    };
  }
}
