import type { FastifyInstance } from 'fastify';
import type { Socket } from 'node:net';

/** How long a refused upload's connection stays open, unread, so the client reads the 413 before the close. */
export const LINGER_MS = 1_000;

/**
 * A 413 sent while the body is still arriving must not be followed by an immediate close: the client's
 * next write would meet a reset and lose the answer. The rest of the body is left unread (TCP holds the
 * sender back) and the connection is closed a moment later, as nginx's lingering close does.
 */
export function lingerAfterRefusedBody(fastify: FastifyInstance, lingerMs = LINGER_MS): void {
  fastify.addHook('onSend', (request, reply, payload, done) => {
    if (reply.statusCode !== 413 || request.raw.complete) return done(null, payload);
    request.raw.pause();
    void reply.header('connection', 'close');
    const socket = request.raw.socket as Socket & { destroySoon?: () => void };
    // Node ends a `Connection: close` response with destroySoon(), which would close at once.
    socket.destroySoon = function lingeringClose(this: Socket) {
      this.end();
      setTimeout(() => this.destroy(), lingerMs).unref();
    };
    done(null, payload);
  });
}
