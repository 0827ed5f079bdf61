import { Inject, Injectable, Logger, type MessageEvent } from '@nestjs/common';
import { APP_CONFIG, type GatewayConfig } from '@los/common';
import { Observable, type Subscriber } from 'rxjs';
import { ApplicationEventLog } from '../applications/events/application-event-log.service.js';
import { toApplicationEventView } from './application-event.mapper.js';

/** Events read from the log per query; a full batch is followed by the next one at once. */
const BATCH = 100;

/**
 * One application's events as Server-Sent Events: those after `afterId` first, then new ones as they are committed.
 * The event log is the truth; each open stream polls it by (application_id, id), which the index answers cheaply.
 * Unsubscribing (the client left) stops the polling and the heartbeats.
 */
@Injectable()
export class ApplicationEventStream {
  private readonly logger = new Logger(ApplicationEventStream.name);

  constructor(
    private readonly log: ApplicationEventLog,
    @Inject(APP_CONFIG) private readonly config: GatewayConfig,
  ) {}

  of(applicationId: string, afterId: string): Observable<MessageEvent> {
    return new Observable<MessageEvent>((subscriber) => {
      let cursor = afterId;
      let timer: NodeJS.Timeout | undefined;
      const poll = async () => {
        const read = await this.emitAfter(applicationId, cursor, subscriber).catch((error: Error) => {
          this.logger.warn(`Reading events of application ${applicationId} failed: ${error.message}`);
          return { last: cursor, full: false };
        });
        cursor = read.last;
        if (!subscriber.closed) timer = setTimeout(() => void poll(), read.full ? 0 : this.config.APPLICATION_EVENTS_POLL_MS);
      };
      void poll();
      const heartbeat = setInterval(() => subscriber.next({ comment: 'heartbeat' }), this.config.APPLICATION_EVENTS_HEARTBEAT_MS);
      return () => {
        clearTimeout(timer);
        clearInterval(heartbeat);
      };
    });
  }

  private async emitAfter(applicationId: string, afterId: string, subscriber: Subscriber<MessageEvent>) {
    const events = await this.log.after(applicationId, afterId, BATCH);
    for (const event of events) {
      if (subscriber.closed) break;
      subscriber.next({ id: event.id, type: event.type, data: toApplicationEventView(event) });
    }
    return { last: events.at(-1)?.id ?? afterId, full: events.length === BATCH };
  }
}
