import 'reflect-metadata';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { DynamicModule, Type } from '@nestjs/common';
import { METHOD_METADATA, MODULE_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { IS_PUBLIC, REQUIRED_PERMISSIONS, type GatewayConfig } from '@los/common';
import { ServiceName } from '@los/contracts';
import { AppModule } from './app.module.js';

type ModuleLike = Type | DynamicModule | Promise<DynamicModule>;

/** Every controller reachable from a module tree, static and dynamic imports alike. */
function controllersOf(root: ModuleLike, seen = new Set<unknown>()): Type[] {
  if (!root || seen.has(root) || root instanceof Promise) return [];
  seen.add(root);
  const dynamic = 'module' in root ? (root as DynamicModule) : undefined;
  const type = dynamic ? dynamic.module : (root as Type);
  const read = (key: string) => [...(Reflect.getMetadata(key, type) ?? []), ...((dynamic?.[key as keyof DynamicModule] as []) ?? [])];
  return [...read(MODULE_METADATA.CONTROLLERS), ...read(MODULE_METADATA.IMPORTS).flatMap((child) => controllersOf(child, seen))];
}

describe('gateway access policy', () => {
  const config = { service: ServiceName.Gateway, LOG_LEVEL: 'silent' } as unknown as GatewayConfig;
  const controllers = controllersOf(AppModule.register(config));

  it('finds the controllers', () => {
    const names = controllers.map((c) => c.name);
    for (const expected of ['AuthController', 'ApplicationsController', 'UsersController', 'HealthController']) {
      assert.ok(names.includes(expected), expected);
    }
  });

  it('has no route that is neither public nor guarded by permissions', () => {
    const unguarded: string[] = [];
    let routes = 0;
    for (const controller of controllers) {
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = controller.prototype[name];
        if (typeof handler !== 'function' || Reflect.getMetadata(METHOD_METADATA, handler) === undefined) continue;
        if (Reflect.getMetadata(PATH_METADATA, handler) === undefined) continue;
        routes++;
        const declared = [handler, controller].some(
          (target) => Reflect.getMetadata(IS_PUBLIC, target) === true || Array.isArray(Reflect.getMetadata(REQUIRED_PERMISSIONS, target)),
        );
        if (!declared) unguarded.push(`${controller.name}.${name}`);
      }
    }
    assert.ok(routes >= 12, `walked ${routes} routes`);
    assert.deepEqual(unguarded, []);
  });
});
