import type { Reflector } from '@nestjs/core';

type Target = Parameters<Reflector['getAllAndOverride']>[1][number];

/**
 * The reflector, answering `getAllAndOverride(key, [handler, class])` from memory after its first read: decorators
 * fix route metadata when the app is built. ThrottlerGuard reads eight such keys on every request it counts.
 */
export function memoizedRouteMetadata(reflector: Reflector): Reflector {
  const cache = new Map<unknown, WeakMap<Target, WeakMap<Target, unknown>>>();
  function getAllAndOverride(key: unknown, targets: Target[]): unknown {
    if (targets.length !== 2) return reflector.getAllAndOverride(key, targets);
    const [handler, classRef] = targets;
    let byHandler = cache.get(key);
    if (!byHandler) cache.set(key, (byHandler = new WeakMap()));
    let byClass = byHandler.get(handler);
    if (!byClass) byHandler.set(handler, (byClass = new WeakMap()));
    if (!byClass.has(classRef)) byClass.set(classRef, reflector.getAllAndOverride(key, targets));
    return byClass.get(classRef);
  }
  return Object.create(reflector, { getAllAndOverride: { value: getAllAndOverride } }) as Reflector;
}
