import 'reflect-metadata';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { CallHandler, ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { defer, firstValueFrom } from 'rxjs';
import { IdempotencyBusyException } from './idempotency-busy.exception.js';
import { IdempotencyInterceptor } from './idempotency.interceptor.js';
import type { Claim, IdempotencyStore } from './idempotency.store.js';
import { currentIdempotentRequest, type IdempotentRequest } from './idempotent-request.js';
import { NoIdempotency } from './no-idempotency.decorator.js';

class Routes {
  @NoIdempotency()
  login() {}
  create() {}
}

function setup(handlerName: 'login' | 'create', claim: () => Promise<Claim>) {
  const calls: string[] = [];
  const headers: Record<string, string> = {};
  const store = {
    claim: async () => {
      calls.push('claim');
      return claim();
    },
    complete: async (_request: IdempotentRequest, status: number) => {
      calls.push(`complete ${status}`);
    },
    release: async () => {
      calls.push('release');
    },
    renew: async () => undefined,
  } as unknown as IdempotencyStore;
  const request = { method: 'POST', url: '/v1/x', headers: { 'idempotency-key': 'k-1' }, body: { a: 1 }, user: { id: 'u1' } };
  const reply = { header: (name: string, value: string) => (headers[name] = value) };
  const context = {
    switchToHttp: () => ({ getRequest: () => request, getResponse: () => reply }),
    getHandler: () => Routes.prototype[handlerName],
    getClass: () => Routes,
  } as unknown as ExecutionContext;
  return { sut: new IdempotencyInterceptor(store, new Reflector()), context, calls, headers };
}

describe('IdempotencyInterceptor', () => {
  it('leaves a @NoIdempotency() route alone: nothing claimed, nothing stored', async () => {
    const { sut, context, calls } = setup('login', async () => ({ kind: 'new', holder: 'h' }));
    const next: CallHandler = { handle: () => defer(async () => ({ accessToken: 'secret' })) };
    assert.deepEqual(await firstValueFrom(sut.intercept(context, next)), { accessToken: 'secret' });
    assert.deepEqual(calls, []);
  });

  it('sends Retry-After with a 409 while another request holds the key', async () => {
    const { sut, context, headers } = setup('create', async () => {
      throw new IdempotencyBusyException(3);
    });
    const next: CallHandler = { handle: () => defer(async () => assert.fail('the handler must not run')) };
    await assert.rejects(firstValueFrom(sut.intercept(context, next)), IdempotencyBusyException);
    assert.equal(headers['retry-after'], '3');
  });

  it('runs the handler inside the idempotent request its transactions see, then completes the key', async () => {
    const { sut, context, calls } = setup('create', async () => ({ kind: 'new', holder: 'holder-1' }));
    let seen: IdempotentRequest | undefined;
    const next: CallHandler = {
      handle: () =>
        defer(async () => {
          await new Promise((resolve) => setImmediate(resolve));
          seen = currentIdempotentRequest();
          return { id: 'app-1' };
        }),
    };
    assert.deepEqual(await firstValueFrom(sut.intercept(context, next)), { id: 'app-1' });
    assert.deepEqual([seen?.scope, seen?.key, seen?.holder, seen?.successStatus], ['user:u1', 'k-1', 'holder-1', 201]);
    assert.equal(seen?.done, true, 'transactions after the answer are not its effect');
    assert.deepEqual(calls, ['claim', 'complete 201']);
  });

  it("answers with the handler's own error when the store cannot be written either", async () => {
    const { sut, context } = setup('create', async () => ({ kind: 'new', holder: 'h' }));
    (sut as unknown as { store: { release: () => Promise<void> } }).store.release = () => Promise.reject(new Error('store down'));
    const next: CallHandler = { handle: () => defer(async () => Promise.reject(new TypeError('boom'))) };
    await assert.rejects(firstValueFrom(sut.intercept(context, next)), TypeError);
  });

  it('releases the key when the handler fails with a server error', async () => {
    const { sut, context, calls } = setup('create', async () => ({ kind: 'new', holder: 'h' }));
    const next: CallHandler = { handle: () => defer(async () => Promise.reject(new TypeError('boom'))) };
    await assert.rejects(firstValueFrom(sut.intercept(context, next)), TypeError);
    assert.deepEqual(calls, ['claim', 'release']);
  });
});
