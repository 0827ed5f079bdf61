import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Logger, type ArgumentsHost } from '@nestjs/common';
import { AllExceptionsFilter } from './all-exceptions.filter.js';
import { toErrorBody } from './error-body.mapper.js';
import { toRpcErrorBody } from './rpc-error-body.js';

/** What mysql2 raises for a deadlock victim, and TypeORM's wrapper around it. */
const deadlock = Object.assign(new Error('Deadlock found when trying to get lock'), { code: 'ER_LOCK_DEADLOCK', errno: 1213 });
const wrappedLockWait = Object.assign(new Error('Lock wait timeout exceeded'), {
  driverError: { code: 'ER_LOCK_WAIT_TIMEOUT', errno: 1205 },
});

describe('a transaction rolled back by a lock conflict', () => {
  it('answers HTTP 503 TRANSACTION_CONFLICT (retryable), not an unexpected 500', () => {
    for (const error of [deadlock, wrappedLockWait]) {
      assert.deepEqual([toErrorBody(error)?.statusCode, toErrorBody(error)?.code], [503, 'TRANSACTION_CONFLICT']);
    }
  });

  it('crosses the transport with the same code, logged as a warning without the SQL error text', () => {
    const warnings: unknown[] = [];
    const logger = new Logger('test');
    logger.warn = (entry: unknown) => void warnings.push(entry);
    logger.error = () => assert.fail('a lock conflict is not an unexpected error');
    const body = toRpcErrorBody(deadlock, logger);
    assert.deepEqual([body.statusCode, body.code], [503, 'TRANSACTION_CONFLICT']);
    assert.doesNotMatch(JSON.stringify(warnings), /Deadlock found/);
  });

  it('leaves a duplicate key alone (that is the caller’s conflict, handled where it happens)', () => {
    assert.equal(toErrorBody(Object.assign(new Error('dup'), { code: 'ER_DUP_ENTRY', errno: 1062 })), null);
  });

  it('tells the HTTP client to retry in a second', () => {
    const headers: Record<string, string> = {};
    let status = 0;
    const reply = {
      header: (name: string, value: string) => ((headers[name.toLowerCase()] = value), reply),
      status: (code: number) => ((status = code), reply),
      send: () => reply,
    };
    const host = {
      getType: () => 'http',
      switchToHttp: () => ({ getRequest: () => ({ id: 'req-1', method: 'POST', url: '/v1/x' }), getResponse: () => reply }),
    } as unknown as ArgumentsHost;
    const filter = new AllExceptionsFilter();
    (filter as unknown as { logger: Logger }).logger.warn = () => undefined;
    filter.catch(deadlock, host);
    assert.deepEqual([status, headers['retry-after']], [503, '1']);
  });
});
