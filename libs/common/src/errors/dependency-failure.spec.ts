import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ErrorCode } from '@los/contracts';
import { Logger } from '@nestjs/common';
import { isDependencyFailure } from './dependency-failure.js';
import { toErrorBody } from './error-body.mapper.js';
import { toRpcErrorBody } from './rpc-error-body.js';

const withCode = (code: string) => Object.assign(new Error('connect failed'), { code });
const named = (name: string) => Object.assign(new Error('no server'), { name });

describe('isDependencyFailure', () => {
  it('recognises an unreachable MySQL, directly or wrapped by TypeORM', () => {
    assert.ok(isDependencyFailure(withCode('ECONNREFUSED')));
    assert.ok(isDependencyFailure(withCode('PROTOCOL_CONNECTION_LOST')));
    assert.ok(isDependencyFailure({ name: 'QueryFailedError', message: 'x', driverError: withCode('ETIMEDOUT') }));
    assert.ok(isDependencyFailure(new Error("Can't add new command when connection is in closed state")));
  });

  it('recognises Mongo driver and mongoose outage errors', () => {
    assert.ok(isDependencyFailure(named('MongoServerSelectionError')));
    assert.ok(isDependencyFailure(named('MongoNetworkError')));
    assert.ok(isDependencyFailure(new Error('Operation `vault.findOne()` buffering timed out after 2000ms')));
    assert.ok(isDependencyFailure(new Error('wrapped', { cause: named('MongoNetworkTimeoutError') })));
  });

  it('leaves query mistakes and programming errors alone', () => {
    assert.ok(!isDependencyFailure(withCode('ER_DUP_ENTRY')));
    assert.ok(!isDependencyFailure(withCode('ER_PARSE_ERROR')));
    assert.ok(!isDependencyFailure(new TypeError('x is undefined')));
    assert.ok(!isDependencyFailure(null));
  });
});

describe('a database outage on the wire', () => {
  it('answers HTTP 503 DEPENDENCY_UNAVAILABLE', () => {
    assert.deepEqual(toErrorBody({ name: 'QueryFailedError', message: 'x', driverError: withCode('ECONNREFUSED') }), {
      statusCode: 503,
      code: ErrorCode.DependencyUnavailable,
      message: 'A database this service depends on is unavailable; try again shortly',
    });
  });

  it('crosses the transport as 503 DEPENDENCY_UNAVAILABLE', () => {
    const logger = new Logger('test');
    logger.warn = () => undefined;
    assert.deepEqual(
      [toRpcErrorBody(named('MongoServerSelectionError'), logger)].map((b) => [b.statusCode, b.code]),
      [[503, ErrorCode.DependencyUnavailable]],
    );
  });
});
