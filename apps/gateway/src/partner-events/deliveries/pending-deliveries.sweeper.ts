import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppException, PeriodicTask, type GatewayConfig } from '@los/common';
import { PartnerWebhookIntake } from '../partner-webhook.intake.js';
import type { PartnerWebhookDeliveryEntity } from './partner-webhook-delivery.entity.js';
import { PartnerWebhookDeliveriesRepository } from './partner-webhook-deliveries.repository.js';
import { isVerifierUnavailable } from './verifier-unavailable.js';

/** Long enough for a pass to verify its claimed rows one by one, each within the RPC timeout. */
const CLAIM_LEASE_MS = 120_000;
const BATCH = 20;
/** A delivery the verifier could not take is tried again after this many sweep intervals at most. */
const MAX_BACKOFF_STEPS = 12;

export type SweepResult = { applied: number; rejected: number; deferred: number };

/**
 * Verifies the lender webhooks kept while disbursal-service was away, once it answers again, and applies them through the
 * same path as a webhook answered at once. A delivery it refuses is kept as REJECTED for ops, never applied.
 */
@Injectable()
export class PendingDeliveriesSweeper extends PeriodicTask {
  protected readonly logger = new Logger(PendingDeliveriesSweeper.name);
  private readonly retryStepMs: number;

  constructor(
    @Inject(APP_CONFIG) config: Pick<GatewayConfig, 'SWEEP_INTERVAL_MS'>,
    private readonly deliveries: PartnerWebhookDeliveriesRepository,
    private readonly intake: PartnerWebhookIntake,
  ) {
    super(config.SWEEP_INTERVAL_MS);
    this.retryStepMs = config.SWEEP_INTERVAL_MS;
  }

  protected async runOnce(): Promise<void> {
    const result = await this.sweep();
    if (result.applied + result.rejected > 0) this.logger.log(result, 'Kept lender webhooks verified');
  }

  async sweep(now = new Date()): Promise<SweepResult> {
    const result: SweepResult = { applied: 0, rejected: 0, deferred: 0 };
    const claimed = await this.deliveries.claimDue(CLAIM_LEASE_MS, BATCH, now);
    for (const [index, delivery] of claimed.entries()) {
      let verified: boolean;
      try {
        verified = await this.verifyOne(delivery, result);
      } catch (error) {
        // The rows come due again within the backoff rather than after the claim lease; the pass still fails loudly.
        await this.giveBack(claimed.slice(index), now, result);
        throw error;
      }
      // Once the verifier is found away, the rest of the batch waits rather than each spending a timeout.
      if (!verified) {
        await this.giveBack(claimed.slice(index), now, result);
        break;
      }
    }
    return result;
  }

  private async giveBack(rows: PartnerWebhookDeliveryEntity[], now: Date, result: SweepResult): Promise<void> {
    for (const delivery of rows) {
      await this.deliveries.release(delivery, this.nextAttemptAt(delivery, now));
      result.deferred += 1;
    }
  }

  /** False when the verifier could not be asked (the delivery stays pending). */
  private async verifyOne(delivery: PartnerWebhookDeliveryEntity, result: SweepResult): Promise<boolean> {
    let events;
    try {
      events = await this.intake.verify({
        partnerCode: delivery.partnerCode,
        headers: delivery.headers,
        rawBody: delivery.rawBody,
        correlationId: delivery.correlationId,
      });
    } catch (error) {
      if (isVerifierUnavailable(error)) return false;
      if (!(error instanceof AppException) || error.statusCode >= 500) throw error;
      await this.deliveries.rejected(delivery, error.code);
      this.logger.warn({ deliveryId: delivery.id, partner: delivery.partnerCode, code: error.code }, 'Kept lender webhook refused');
      result.rejected += 1;
      return true;
    }
    const receipt = await this.intake.apply(delivery.partnerCode, events, delivery.correlationId);
    await this.deliveries.applied(delivery, receipt.received);
    result.applied += 1;
    return true;
  }

  private nextAttemptAt(delivery: PartnerWebhookDeliveryEntity, now: Date): Date {
    const steps = Math.min(2 ** Math.max(delivery.attempts - 1, 0), MAX_BACKOFF_STEPS);
    return new Date(now.getTime() + steps * this.retryStepMs);
  }
}
