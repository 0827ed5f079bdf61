import { ErrorCode } from '@los/contracts';
import type { FastifyInstance } from 'fastify';
import { AppException } from '../errors/app.exception.js';

export interface BodyShapeLimits {
  /** Object keys plus array items, counted over the whole body. */
  maxEntries: number;
  /** Levels of nested objects and arrays. */
  maxDepth: number;
}

// The largest legitimate body (a partner's rule set: 500 rate bands, 1,000 pincode prefixes) has about 4,000 entries.
export const BODY_SHAPE_LIMITS: BodyShapeLimits = { maxEntries: 5_000, maxDepth: 16 };

/**
 * True when a parsed body has more entries or levels than allowed. It stops at the first excess, so its
 * cost is bounded by the limits, not by the body: the check runs before validation, whose cost grows with the keys.
 */
export function exceedsBodyShape(body: unknown, { maxEntries, maxDepth }: BodyShapeLimits = BODY_SHAPE_LIMITS): boolean {
  let entries = 0;
  const pending: Array<{ node: object; depth: number }> = [];
  if (body !== null && typeof body === 'object') pending.push({ node: body, depth: 1 });
  while (pending.length > 0) {
    const { node, depth } = pending.pop()!;
    if (depth > maxDepth) return true;
    for (const key in node) {
      if (++entries > maxEntries) return true;
      const child = (node as Record<string, unknown>)[key];
      if (child !== null && typeof child === 'object') pending.push({ node: child, depth: depth + 1 });
    }
  }
  return false;
}

/** 400 PAYLOAD_TOO_COMPLEX once a body is parsed, before guards and validation, whose cost grows with its keys. */
export function refuseComplexBodies(fastify: FastifyInstance, limits: BodyShapeLimits = BODY_SHAPE_LIMITS): void {
  fastify.addHook('preValidation', (request, _reply, done) => {
    if (exceedsBodyShape(request.body, limits)) {
      return done(new AppException(ErrorCode.PayloadTooComplex, 'The request body has too many fields or is nested too deeply'));
    }
    done();
  });
}
