import { Injectable, Logger } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { BatchedWriter } from './batched-writer.js';
import { partnerCallDuration, partnerCallsTotal, partnerSlaBreachesTotal } from './partner-call.metrics.js';
import { PartnerCall } from './partner-call.schema.js';
import { PartnerSlaBreachesRepository } from './partner-sla-breaches.repository.js';
import type { PartnerCallRecord, PartnerCallSink } from './recording-nbfc-adapter.js';

/** Where recorded partner calls go: Mongo `partner_calls`, the latency metrics, and MySQL for SLA breaches. */
@Injectable()
export class PartnerCallRecorder implements PartnerCallSink {
  private readonly logger = new Logger(PartnerCallRecorder.name);
  /** Lean inserts in groups: four quotes per offer request would otherwise be four round trips each. */
  private readonly trail: BatchedWriter<Omit<PartnerCallRecord, 'slaMs'>>;

  constructor(
    @InjectModel(PartnerCall.name) calls: Model<PartnerCall>,
    private readonly breaches: PartnerSlaBreachesRepository,
  ) {
    this.trail = new BatchedWriter(async (docs) => {
      await calls.insertMany(docs, { lean: true, ordered: false });
    });
  }

  async record({ slaMs, ...call }: PartnerCallRecord): Promise<void> {
    const labels = { partner: call.partner, operation: call.operation, outcome: call.outcome };
    partnerCallDuration.observe(labels, call.latencyMs / 1000);
    partnerCallsTotal.inc(labels);
    const writes: Promise<unknown>[] = [this.trail.write(call)];
    if (slaMs !== undefined && call.latencyMs > slaMs) {
      partnerSlaBreachesTotal.inc({ partner: call.partner, operation: call.operation });
      writes.push(
        this.breaches.insertBreach({
          partnerCode: call.partner,
          operation: call.operation,
          applicationId: call.applicationId,
          figureMs: Math.round(call.latencyMs),
          thresholdMs: slaMs,
          at: call.startedAt,
        }),
      );
    }
    const failed = (await Promise.allSettled(writes)).filter((result) => result.status === 'rejected');
    for (const failure of failed)
      this.logger.warn({ partner: call.partner, operation: call.operation, err: failure.reason }, 'partner call not recorded');
  }
}
