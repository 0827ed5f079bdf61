import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { BatchedWriter } from './batched-writer.js';
import { partnerCallDuration, partnerCallsTotal, partnerSlaBreachesTotal } from './partner-call.metrics.js';
import { PartnerCall } from './partner-call.schema.js';
import { PartnerSlaBreachesRepository } from './partner-sla-breaches.repository.js';
import type { PartnerCallRecord, PartnerCallSink } from './recording-nbfc-adapter.js';

const TRAIL_MAX_BATCH = 100;
const TRAIL_LINGER_MS = 100;

/** Where recorded partner calls go: Mongo `partner_calls`, the latency metrics, and MySQL for SLA breaches. */
@Injectable()
export class PartnerCallRecorder implements PartnerCallSink, OnModuleDestroy {
  private readonly logger = new Logger(PartnerCallRecorder.name);
  /** Lean inserts in groups: four quotes per offer request would otherwise be four round trips each. */
  private readonly trail: BatchedWriter<Omit<PartnerCallRecord, 'slaMs'>>;
  /**
   * Our own calls' records, written behind the answers, also wait up to a linger for company: the Mongo server's cost
   * is mostly per insert, not per document. Webhook records are awaited before the partner is answered, so never wait.
   */
  private readonly lingeringTrail: BatchedWriter<Omit<PartnerCallRecord, 'slaMs'>>;

  constructor(
    @InjectModel(PartnerCall.name) calls: Model<PartnerCall>,
    private readonly breaches: PartnerSlaBreachesRepository,
  ) {
    const insert = async (docs: Omit<PartnerCallRecord, 'slaMs'>[]) => {
      await calls.insertMany(docs, { lean: true, ordered: false });
    };
    this.trail = new BatchedWriter(insert, TRAIL_MAX_BATCH);
    this.lingeringTrail = new BatchedWriter(insert, TRAIL_MAX_BATCH, TRAIL_LINGER_MS);
  }

  /** What is still lingering is written before the connection closes. */
  async onModuleDestroy(): Promise<void> {
    await this.lingeringTrail.flush();
  }

  async record({ slaMs, ...call }: PartnerCallRecord): Promise<void> {
    const labels = { partner: call.partner, operation: call.operation, outcome: call.outcome };
    partnerCallDuration.observe(labels, call.latencyMs / 1000);
    partnerCallsTotal.inc(labels);
    const writes: Promise<unknown>[] = [(call.operation === 'webhook' ? this.trail : this.lingeringTrail).write(call)];
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
