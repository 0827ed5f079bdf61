import type { FastifyReply } from 'fastify';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Holds a simulated slow or hung request. Held requests end at once when the app stops or the client
 * leaves, so shutdown (and the tests waiting on it) never hangs.
 */
export class RequestHolder {
  private readonly shutdown = new AbortController();

  async hold(ms: number, reply: FastifyReply): Promise<void> {
    const clientGone = new AbortController();
    const onClose = () => clientGone.abort();
    reply.raw.once('close', onClose);
    try {
      await sleep(ms, undefined, { signal: AbortSignal.any([this.shutdown.signal, clientGone.signal]) });
    } catch {
      // cut short: answer now
    } finally {
      reply.raw.off('close', onClose);
    }
  }

  releaseAll(): void {
    this.shutdown.abort();
  }
}
