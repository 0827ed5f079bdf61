import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Readable } from 'node:stream';

const RAW_BODY = Symbol('rawBody');
const capturing = new WeakMap<object, Set<string>>();

type WithRawBody = FastifyRequest & { [RAW_BODY]?: Buffer };

/**
 * Keeps the exact bytes of request bodies under `pathPrefix` before Fastify parses them, so a signature can be
 * checked over them; other routes are untouched. Registering a prefix twice on one instance is harmless.
 */
export function keepRawBodyUnder(fastify: FastifyInstance, pathPrefix: string): void {
  const prefixes = capturing.get(fastify) ?? new Set<string>();
  if (prefixes.has(pathPrefix)) return;
  prefixes.add(pathPrefix);
  capturing.set(fastify, prefixes);
  fastify.addHook('preParsing', async (request, _reply, payload) => {
    if (!request.url.startsWith(pathPrefix)) return payload;
    const chunks: Buffer[] = [];
    for await (const chunk of payload) chunks.push(Buffer.from(chunk as Buffer));
    const raw = Buffer.concat(chunks);
    (request as WithRawBody)[RAW_BODY] = raw;
    return Readable.from([raw]);
  });
}

/** The bytes a route under a `keepRawBodyUnder` prefix received. */
export function rawBodyOf(request: FastifyRequest): Buffer | undefined {
  return (request as WithRawBody)[RAW_BODY];
}
