import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { keepRawBodyUnder } from '@los/common';
import type { FastifyInstance } from 'fastify';

export const OCEAN_PATH_PREFIX = '/lenders/ocean/';
export { rawBodyOf } from '@los/common';

/** Keeps the raw body of requests under `/lenders/ocean/`: the detached JWS is checked over exactly those bytes. */
@Injectable()
export class OceanRawBodyRegistrar implements OnModuleInit {
  constructor(private readonly host: HttpAdapterHost) {}

  onModuleInit(): void {
    keepRawBodyUnder(this.host.httpAdapter.getInstance<FastifyInstance>(), OCEAN_PATH_PREFIX);
  }
}
