import { errorCodes, type FastifyInstance, type FastifyRequest } from 'fastify';
import { Transform } from 'node:stream';

const RAW_BODY = Symbol('rawBody');
const capturing = new WeakMap<object, Set<string>>();

type WithRawBody = FastifyRequest & { [RAW_BODY]?: Buffer };

/**
 * Keeps the exact bytes of request bodies under `pathPrefix` while Fastify reads them, so a signature can be
 * checked over them; other routes are untouched. The route's body limit holds while reading: a declared
 * Content-Length over it is refused before a byte is read, a streamed body as soon as it passes the limit,
 * and the connection is closed (413). Registering a prefix twice on one instance is harmless.
 */
export function keepRawBodyUnder(fastify: FastifyInstance, pathPrefix: string): void {
  const prefixes = capturing.get(fastify) ?? new Set<string>();
  if (prefixes.has(pathPrefix)) return;
  prefixes.add(pathPrefix);
  capturing.set(fastify, prefixes);
  fastify.addHook('preParsing', async (request, reply, payload) => {
    if (!request.url.startsWith(pathPrefix)) return payload;
    const limit = request.routeOptions.bodyLimit ?? fastify.initialConfig.bodyLimit ?? 0;
    if (Number(request.headers['content-length']) > limit) {
      void reply.header('connection', 'close');
      throw new errorCodes.FST_ERR_CTP_BODY_TOO_LARGE();
    }
    const chunks: Buffer[] = [];
    let received = 0;
    const tee = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        received += chunk.length;
        if (received > limit) return callback(new errorCodes.FST_ERR_CTP_BODY_TOO_LARGE());
        chunks.push(chunk);
        callback(null, chunk);
      },
      flush(callback) {
        (request as WithRawBody)[RAW_BODY] = Buffer.concat(chunks, received);
        callback();
      },
    });
    // pipe(), not pipeline(): a failed tee must not destroy the request's socket before the 413 is sent.
    payload.on('error', (error) => tee.destroy(error));
    return payload.pipe(tee);
  });
}

/** The bytes a route under a `keepRawBodyUnder` prefix received. */
export function rawBodyOf(request: FastifyRequest): Buffer | undefined {
  return (request as WithRawBody)[RAW_BODY];
}
