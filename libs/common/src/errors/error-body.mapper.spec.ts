import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BadRequestException, HttpException, NotFoundException } from '@nestjs/common';
import { ErrorCode } from '@los/contracts';
import { AppException } from './app.exception.js';
import { toErrorBody } from './error-body.mapper.js';

describe('toErrorBody', () => {
  it('keeps a domain error code and its status', () => {
    assert.deepEqual(toErrorBody(new AppException(ErrorCode.InvalidTransition, 'no')), {
      statusCode: 409,
      code: 'INVALID_TRANSITION',
      message: 'no',
    });
  });

  it('carries every failing field of a validation error beside the top-level code', () => {
    const errors = [
      { field: 'pan', code: 'INVALID_PAN', message: "pan must be an individual's PAN" },
      { field: 'consent.given', code: 'VALIDATION_FAILED', message: 'consent.given must be true' },
    ];
    assert.deepEqual(toErrorBody(new AppException(ErrorCode.InvalidPan, 'both', 400, errors)), {
      statusCode: 400,
      code: 'INVALID_PAN',
      message: 'both',
      errors,
    });
  });

  it('keeps the field list of an RPC error body', () => {
    const errors = [{ field: 'applicant.dob', code: 'VALIDATION_FAILED', message: 'applicant.dob is wrong' }];
    assert.deepEqual(toErrorBody({ statusCode: 400, code: 'VALIDATION_FAILED', message: 'x', errors })?.errors, errors);
  });

  it('gives a 405 its own code', () => {
    assert.equal(toErrorBody(new HttpException('no', 405))?.code, 'METHOD_NOT_ALLOWED');
    assert.deepEqual(toErrorBody(new AppException(ErrorCode.MethodNotAllowed, 'PUT is not allowed'))?.statusCode, 405);
  });

  it('maps an unsupported content type to 415', () => {
    const error = Object.assign(new Error('Unsupported Media Type'), { code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE', statusCode: 415 });
    assert.deepEqual(toErrorBody(error), { statusCode: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Unsupported content type' });
  });

  it('joins validation messages under VALIDATION_FAILED', () => {
    const body = toErrorBody(new BadRequestException(['a must be a string', 'b should not exist']));
    assert.deepEqual(body, { statusCode: 400, code: 'VALIDATION_FAILED', message: 'a must be a string; b should not exist' });
  });

  it('maps a wrapped Fastify body-parser error to its own code', () => {
    const cause = Object.assign(new Error('Body is not valid JSON'), { code: 'FST_ERR_CTP_INVALID_JSON_BODY' });
    assert.equal(toErrorBody(new HttpException('Body is not valid JSON', 400, { cause }))?.code, 'MALFORMED_JSON');
  });

  it('carries an RPC error body from another service through unchanged', () => {
    assert.deepEqual(toErrorBody({ statusCode: 404, code: 'NOT_FOUND', message: 'gone' }), {
      statusCode: 404,
      code: 'NOT_FOUND',
      message: 'gone',
    });
  });

  it('gives route misses their own code and hides 5xx details', () => {
    assert.equal(toErrorBody(new NotFoundException('Cannot GET /x'))?.code, 'ROUTE_NOT_FOUND');
    assert.equal(toErrorBody(new HttpException('db password wrong', 500))?.message, 'Internal error');
  });

  it('returns null for unexpected errors so the caller logs them and answers 500', () => {
    assert.equal(toErrorBody(new TypeError('x is undefined')), null);
  });
});
