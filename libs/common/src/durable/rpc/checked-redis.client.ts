import { ClientRedis } from '@nestjs/microservices';
import { EmptyError, TimeoutError } from 'rxjs';

export class NoSubscriberError extends Error {
  constructor() {
    super('No replica of the target service is listening');
  }
}

/**
 * Redis PUBLISH returns how many subscribers got the message. Nest's client ignores it, so a call to
 * a stopped service would wait for its timeout; this client fails such a call at once instead.
 */
export class CheckedRedisClient extends ClientRedis {
  override async createClient() {
    const client = await super.createClient();
    const publish = client.publish.bind(client);
    client.publish = (channel: string, message: string) => {
      const sent: Promise<number> = publish(channel, message);
      if (!channel.endsWith('.reply')) {
        sent.then(
          (receivers) => receivers === 0 && this.failUndelivered(message),
          () => undefined,
        );
      }
      return sent;
    };
    return client;
  }

  /**
   * `firstValueFrom(send(pattern, data).pipe(timeout(timeoutMs)))` without the observables, which cost more than
   * the call itself on the gateway's hot path: the first answer, the transport's error, `EmptyError` for an answer
   * without a value, or rxjs' `TimeoutError` once `timeoutMs` has passed; the reply routing is undone on each outcome.
   */
  request<R>(pattern: string, data: object, timeoutMs: number): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      let settled = false;
      let cleanup: (() => void) | undefined;
      const settle = (outcome: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        cleanup?.();
        outcome();
      };
      const timer = setTimeout(() => settle(() => reject(new TimeoutError())), timeoutMs);
      this.connect().then(
        () => {
          if (settled) return;
          cleanup = this.publish(this.createPacket(pattern, data), ({ err, response, isDisposed }) => {
            if (err) settle(() => reject(err));
            else if (response !== undefined || !isDisposed) settle(() => resolve(response as R));
            else settle(() => reject(new EmptyError()));
          });
          // The publish can fail at once, before its cleanup is known.
          if (settled) cleanup();
        },
        (error: unknown) => settle(() => reject(error)),
      );
    });
  }

  /**
   * Keeps the reply channel subscribed once the last call on it ends (the count stays at one, and a closed
   * connection clears it): Nest would unsubscribe, and the next call would wait a SUBSCRIBE round trip.
   */
  protected override unsubscribeFromChannel(channel: string): void {
    this.subscriptionsCount.set(channel, Math.max(1, (this.subscriptionsCount.get(channel) ?? 1) - 1));
  }

  private failUndelivered(message: string): void {
    const { id } = JSON.parse(message) as { id: string };
    this.routingMap.get(id)?.({ err: new NoSubscriberError(), isDisposed: true });
  }
}
