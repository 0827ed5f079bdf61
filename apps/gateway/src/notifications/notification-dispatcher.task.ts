import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { APP_CONFIG, PeriodicTask, type GatewayConfig } from '@los/common';
import { randomUUID } from 'node:crypto';
import { EntityNotFoundError, In, type Repository } from 'typeorm';
import { ApplicationEntity } from '../applications/application.entity.js';
import { EmailSender } from './channels/email.sender.js';
import { DeliveryError, type NotificationSender } from './channels/notification-sender.js';
import { SmsSender } from './channels/sms.sender.js';
import { NotificationDeliveriesRepository, type SentDelivery } from './notification-deliveries.repository.js';
import { NotificationChannel, type NotificationDeliveryEntity } from './notification-delivery.entity.js';
import { retryDelayMs } from './retry-delay.js';
import { variablesOf } from './template-variables.js';
import { render, TEMPLATES } from './templates/notification-templates.js';

const BATCH = 20;
/** A backlog drains within one tick, pass after pass, but a tick hands over to the next interval after this many. */
const MAX_PASSES_PER_TICK = 50;

/**
 * Sends due deliveries. Each pass claims rows (so two replicas never send the same one at once; a dead replica's claim
 * lapses after the lease), sends, and records SENT, or the next try with exponential backoff, or FAILED after the last.
 */
@Injectable()
export class NotificationDispatcher extends PeriodicTask {
  protected readonly logger = new Logger(NotificationDispatcher.name);
  private readonly senders: Record<NotificationChannel, NotificationSender>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: GatewayConfig,
    private readonly deliveries: NotificationDeliveriesRepository,
    @InjectRepository(ApplicationEntity) private readonly applications: Repository<ApplicationEntity>,
    email: EmailSender,
    sms: SmsSender,
  ) {
    super(config.NOTIFY_SWEEP_INTERVAL_MS);
    this.senders = { [NotificationChannel.Email]: email, [NotificationChannel.Sms]: sms };
  }

  protected async runOnce(): Promise<void> {
    for (let pass = 0; pass < MAX_PASSES_PER_TICK; pass++) {
      if ((await this.sendDue()) < BATCH) return;
    }
  }

  /** One pass: claims up to BATCH due deliveries, sends them, records the outcome; answers how many it claimed. */
  private async sendDue(): Promise<number> {
    const claim = randomUUID();
    const due = await this.deliveries.claimDue(claim, BATCH, this.config.NOTIFY_SEND_TIMEOUT_MS * 3);
    if (due.length === 0) return 0;
    // A milestone's email and SMS usually share a pass: their application is read once.
    const ids = [...new Set(due.map((delivery) => delivery.applicationId))];
    const applications = new Map((await this.applications.findBy({ id: In(ids) })).map((application) => [application.id, application]));
    // Applications side by side; one application's messages in the order they were planned (a KYC result before its offers).
    const sent = await Promise.all(
      ids.map((id) =>
        this.deliverInOrder(
          due.filter((delivery) => delivery.applicationId === id),
          claim,
          applications.get(id),
        ),
      ),
    );
    // One statement for the pass, not one per message (two per milestone). Sending is at least once either way: a
    // replica dying before this line leaves its claim to lapse, and those messages go again.
    await this.deliveries.markSent(sent.flat(), claim);
    return due.length;
  }

  private async deliverInOrder(
    rows: NotificationDeliveryEntity[],
    claim: string,
    application: ApplicationEntity | undefined,
  ): Promise<SentDelivery[]> {
    const sent: SentDelivery[] = [];
    for (const delivery of rows) {
      const providerMessageId = await this.deliver(delivery, claim, application);
      if (providerMessageId !== undefined) sent.push({ delivery, providerMessageId });
    }
    return sent;
  }

  /** The provider's message id once sent; undefined when the attempt failed (recorded here). */
  private async deliver(
    delivery: NotificationDeliveryEntity,
    claim: string,
    application: ApplicationEntity | undefined,
  ): Promise<string | undefined> {
    try {
      if (!application) throw new EntityNotFoundError(ApplicationEntity, { id: delivery.applicationId });
      const template = TEMPLATES[delivery.templateId];
      const message = { template, ...render(template, variablesOf(application)) };
      return await this.senders[delivery.channel].send(delivery, message);
    } catch (error) {
      const reason = error instanceof DeliveryError ? error.message : `internal: ${(error as Error).name}`;
      const attempt = delivery.attempts + 1;
      const last = attempt >= this.config.NOTIFY_MAX_ATTEMPTS;
      const retryAt = last ? null : new Date(Date.now() + retryDelayMs(attempt, this.config.NOTIFY_RETRY_BASE_MS));
      await this.deliveries.markAttemptFailed(delivery, claim, reason, retryAt);
      this.logger.warn(
        { deliveryId: delivery.id, applicationId: delivery.applicationId, channel: delivery.channel, attempt, reason },
        last ? 'Notification failed for good' : 'Notification attempt failed; will retry',
      );
    }
  }
}
