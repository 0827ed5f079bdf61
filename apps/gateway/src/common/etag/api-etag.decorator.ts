import { applyDecorators } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { ApiExtension } from '@nestjs/swagger';

export const ETAG_EXTENSION = 'x-los-etag';
/** The Fastify route-config flag `answerNotModified` reads. */
export const ETAG_ROUTE_CONFIG = 'losETag';

/**
 * Tags a read's 200 answer with an ETag and answers a matching If-None-Match with 304 (`answerNotModified`, an onSend
 * hook, through the route's Fastify config rather than an interceptor: no per-request Observable chain), and documents
 * it: ETag on 200, If-None-Match taken, 304 while unchanged.
 */
export const ETagged = () => applyDecorators(RouteConfig({ [ETAG_ROUTE_CONFIG]: true }), ApiExtension(ETAG_EXTENSION, true));
