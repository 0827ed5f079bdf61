import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { pinoOptions } from './pino-options.js';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write: (chunk, _enc, done) => {
      lines.push(String(chunk));
      done();
    },
  });
  const { genReqId: _g, customProps: _c, serializers: _s, autoLogging: _a, ...options } = pinoOptions('test', 'info');
  return { logger: pino(options as object, stream), lines };
}

describe('log redaction', () => {
  it('redacts sensitive keys at any logged depth', () => {
    const { logger, lines } = capture();
    logger.info({ aadhaar: '234567890124', applicant: { pan: 'ABCPE1234F', nested: { mobile: '9876543210' } } }, 'kyc');
    const line = lines.join('');
    assert.doesNotMatch(line, /234567890124|ABCPE1234F|9876543210/);
    assert.match(line, /\[REDACTED\]/);
  });

  it('scrubs identity numbers and tokens from messages and error text', () => {
    const { logger, lines } = capture();
    logger.warn('lookup failed for 2345 6789 0124 with PAN ABCPE1234F');
    logger.error({ err: new Error('bad token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.sig') }, 'boom');
    const output = lines.join('');
    assert.doesNotMatch(output, /2345 6789 0124|ABCPE1234F|eyJhbGciOiJIUzI1NiJ9/);
    assert.match(output, /\[AADHAAR\].*\[PAN\]/);
  });
});
