import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Logger } from '@nestjs/common';
import { ErrorCode } from '@los/contracts';
import { AppException } from './app.exception.js';
import { MAX_ERROR_MESSAGE_CHARS, MAX_FIELD_ERROR_CHARS, shapeError } from './shape-error.js';

const logger = new Logger('test');

describe('shapeError', () => {
  it('cuts a long message to a bounded size', () => {
    const body = shapeError(new AppException(ErrorCode.ValidationFailed, 'x'.repeat(3_000_000)), 'req-1', logger);
    assert.equal(body.message.length, MAX_ERROR_MESSAGE_CHARS);
    assert.ok(body.message.endsWith('…'));
    assert.deepEqual([body.statusCode, body.code, body.requestId], [400, 'VALIDATION_FAILED', 'req-1']);
  });

  it('keeps a short message whole', () => {
    assert.equal(shapeError(new AppException(ErrorCode.NotFound, 'gone'), 'req-2', logger).message, 'gone');
  });

  it('cuts each listed field and its message too', () => {
    const key = 'k'.repeat(5_000);
    const errors = [{ field: key, code: 'VALIDATION_FAILED', message: `property ${key} should not exist` }];
    const body = shapeError(new AppException(ErrorCode.ValidationFailed, 'short', 400, errors), 'req-3', logger);
    assert.equal(body.errors?.[0].field.length, MAX_FIELD_ERROR_CHARS);
    assert.equal(body.errors?.[0].message.length, MAX_FIELD_ERROR_CHARS);
    assert.equal(body.errors?.[0].code, 'VALIDATION_FAILED');
  });
});
