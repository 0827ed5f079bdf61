import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';

/** Lets Fastify hand `application/xml` bodies to KUBER's routes as text; other content types are untouched. */
@Injectable()
export class KuberXmlBodyRegistrar implements OnModuleInit {
  constructor(private readonly host: HttpAdapterHost) {}

  onModuleInit(): void {
    const fastify = this.host.httpAdapter.getInstance<FastifyInstance>();
    if (fastify.hasContentTypeParser('application/xml')) return;
    fastify.addContentTypeParser('application/xml', { parseAs: 'string' }, (_request, body, done) => done(null, body));
  }
}
