import { ClientRedis } from '@nestjs/microservices';

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
