import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { pino, stdSerializers } from 'pino';
import { errorSummary } from './error-summary.js';
import { pinoOptions } from './pino-options.js';

/** What the Mongo driver's server-selection error looks like: a topology graph that points back at itself. */
function selectionError(): Error {
  const topology: Record<string, unknown> = { type: 'Unknown', servers: new Map() };
  topology.self = topology;
  return Object.assign(new Error('Server selection timed out after 2000 ms'), {
    name: 'MongoServerSelectionError',
    code: undefined,
    reason: topology,
    sql: 'SELECT * FROM t WHERE pan = "ABCPE1234F"',
  });
}

describe('errorSummary', () => {
  it('keeps the name, message, code and cause, and drops object graphs and SQL', () => {
    const error = new Error('outer', { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED', errno: -111 }) });
    const summary = errorSummary(error) as Record<string, unknown>;
    assert.equal(summary.type, 'Error');
    assert.equal(summary.message, 'outer');
    assert.deepEqual((summary.cause as Record<string, unknown>).code, 'ECONNREFUSED');
    const mongo = errorSummary(selectionError()) as Record<string, unknown>;
    assert.equal(mongo.reason, undefined);
    assert.equal(mongo.sql, undefined);
  });

  it("summarises what pino-http's standard serializer already made of the error", () => {
    const summary = errorSummary(stdSerializers.err(selectionError())) as Record<string, unknown>;
    assert.deepEqual(Object.keys(summary).sort(), ['message', 'stack', 'type']);
  });

  it('lets pino log a Mongo outage error readably instead of "unable to serialize"', () => {
    const lines: string[] = [];
    const stream = new Writable({
      write: (chunk, _enc, done) => {
        lines.push(String(chunk));
        done();
      },
    });
    const { genReqId: _g, customProps: _c, autoLogging: _a, ...options } = pinoOptions('test', 'info');
    const logger = pino(options as object, stream);
    logger.warn({ err: selectionError() }, 'A database is unavailable');
    logger.warn({ error: selectionError() }, 'Source unavailable');
    const [first, second] = lines.map((line) => JSON.parse(line));
    for (const entry of [first.err, second.error]) {
      assert.equal(entry.type, 'MongoServerSelectionError');
      assert.equal(entry.message, 'Server selection timed out after 2000 ms');
    }
    assert.doesNotMatch(lines.join(''), /unable to serialize|ABCPE1234F/);
  });
});
