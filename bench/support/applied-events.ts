import { eventsQueueOf, resultEventIdOf, ServiceName } from '@los/contracts';
import { Redis } from 'ioredis';

/**
 * Tells when the gateway has applied a command's result event: Bull publishes every finished job's id on the queue's
 * `completed` channel, and a result event's job id is its event id. Waiting here costs the LOS no query, unlike
 * polling the status log, so a closed loop can wait on each computation without adding to MariaDB's CPU.
 */
export class AppliedEvents {
  private readonly waiting = new Map<string, () => void>();

  private constructor(private readonly subscriber: Redis) {
    subscriber.on('message', (_channel: string, message: string) => {
      const { jobId } = JSON.parse(message) as { jobId: string };
      this.waiting.get(jobId)?.();
      this.waiting.delete(jobId);
    });
  }

  static async listen(redisUrl: string): Promise<AppliedEvents> {
    const subscriber = new Redis(redisUrl);
    await subscriber.subscribe(`los:${eventsQueueOf(ServiceName.Gateway)}:completed`);
    return new AppliedEvents(subscriber);
  }

  /** Resolves true once the result of `commandId` is applied, false after `timeoutMs`. Call before handing it over. */
  applied(commandId: string, timeoutMs: number): Promise<boolean> {
    const eventId = resultEventIdOf(commandId);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiting.delete(eventId);
        resolve(false);
      }, timeoutMs);
      this.waiting.set(eventId, () => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }

  async close(): Promise<void> {
    await this.subscriber.quit();
  }
}
