import type { FastifyRequest } from 'fastify';

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/**
 * The methods the request's path has routes for, when a route miss is only a method miss (PUT on a POST route):
 * the miss then becomes a 405 with these in `Allow`. Empty when the path itself is unknown.
 */
export function allowedMethodsFor(request: FastifyRequest): string[] {
  const path = request.url.split('?')[0];
  return METHODS.filter((method) => method !== request.method && request.server.findRoute({ method, url: path }) !== null);
}
