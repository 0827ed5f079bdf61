import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Readable } from 'node:stream';

export const OCEAN_PATH_PREFIX = '/lenders/ocean/';

/** The bytes OCEAN's routes received, kept so the detached JWS is checked over exactly them. */
export function rawBodyOf(request: FastifyRequest): Buffer | undefined {
  return (request as FastifyRequest & { oceanRawBody?: Buffer }).oceanRawBody;
}

/** Keeps the raw body of requests under `/lenders/ocean/` before Fastify parses it; other routes are untouched. */
@Injectable()
export class OceanRawBodyRegistrar implements OnModuleInit {
  private static registered = new WeakSet<object>();

  constructor(private readonly host: HttpAdapterHost) {}

  onModuleInit(): void {
    const fastify = this.host.httpAdapter.getInstance<FastifyInstance>();
    if (OceanRawBodyRegistrar.registered.has(fastify)) return;
    OceanRawBodyRegistrar.registered.add(fastify);
    fastify.addHook('preParsing', async (request, _reply, payload) => {
      if (!request.url.startsWith(OCEAN_PATH_PREFIX)) return payload;
      const chunks: Buffer[] = [];
      for await (const chunk of payload) chunks.push(Buffer.from(chunk as Buffer));
      const raw = Buffer.concat(chunks);
      (request as FastifyRequest & { oceanRawBody?: Buffer }).oceanRawBody = raw;
      return Readable.from([raw]);
    });
  }
}
