import type { FastifyInstance } from 'fastify';

/** Where a resource created by a POST route (its Fastify URL) can be read, from the answer's `id`. */
export const CREATED_RESOURCE_URL: Record<string, (id: string) => string> = {
  '/v1/applications': (id) => `/v1/applications/${id}`,
};

/**
 * `Location` on a 201 of the routes above. Sent from the answer as it leaves, so an Idempotency-Key
 * replay of the stored answer carries it too (the controller does not run then).
 */
export function sendLocationOfCreated(fastify: FastifyInstance): void {
  fastify.addHook('onSend', (request, reply, payload, done) => {
    const urlOf = CREATED_RESOURCE_URL[request.routeOptions.url ?? ''];
    if (urlOf && request.method === 'POST' && reply.statusCode === 201 && typeof payload === 'string') {
      const id = idOf(payload);
      if (id !== undefined) void reply.header('location', urlOf(id));
    }
    done(null, payload);
  });
}

const LEADING_ID = /^\{"id":"([^"\\]*)"[,}]/;

/** The answer's `id`: read from its start when it leads the JSON (the views put it first), parsed otherwise. */
function idOf(payload: string): string | undefined {
  const leading = LEADING_ID.exec(payload);
  if (leading) return leading[1];
  const id = (JSON.parse(payload) as { id?: unknown }).id;
  return typeof id === 'string' ? id : undefined;
}
