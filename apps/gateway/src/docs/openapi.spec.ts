import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { OpenAPIObject } from '@nestjs/swagger';
import { NO_IDEMPOTENCY_EXTENSION, PUBLIC_EXTENSION } from '@los/common';
import { ETAG_EXTENSION } from '../common/etag/api-etag.decorator.js';
import { RATE_LIMIT_EXTENSION } from '../rate-limit/api-rate-limit.decorator.js';
import { completeDocument } from './openapi.js';

const json = (ref: string) => ({ content: { 'application/json': { schema: { $ref: ref } } } });

function sample(): OpenAPIObject {
  return {
    openapi: '3.0.0',
    info: { title: 't', version: '1' },
    paths: {
      '/v1/things': {
        post: {
          operationId: 'createThing',
          tags: ['things'],
          security: [{ bearer: [] }],
          parameters: [
            { name: 'idempotency-key', in: 'header', required: true, schema: { type: 'string' } },
            {
              name: 'Idempotency-Key',
              in: 'header',
              required: false,
              description: 'Retries return the first answer',
              schema: { type: 'string' },
            },
          ],
          responses: { '201': { description: 'made', ...json('#/components/schemas/Thing') }, '429': { description: 'slow down' } },
        },
      },
      '/v1/preview': {
        post: {
          operationId: 'preview',
          tags: ['emi'],
          [PUBLIC_EXTENSION]: true,
          [RATE_LIMIT_EXTENSION]: 'preview',
          responses: { '200': { description: 'ok' }, '429': { description: 'slow down' } },
        },
      },
      '/v1/things/{id}': {
        get: {
          operationId: 'getThing',
          tags: ['things'],
          [ETAG_EXTENSION]: true,
          responses: { '200': { description: 'ok', ...json('#/components/schemas/Thing') } },
        },
      },
      '/v1/uploads': {
        post: {
          operationId: 'upload',
          tags: ['things'],
          requestBody: { content: { 'application/json': { schema: { type: 'object' } } } },
          responses: { '201': { description: 'made' } },
        },
      },
      '/v1/sessions': {
        post: {
          operationId: 'createSession',
          tags: ['things'],
          [NO_IDEMPOTENCY_EXTENSION]: true,
          responses: { '200': { description: 'ok' } },
        },
      },
    },
    components: { schemas: { Thing: { type: 'object', properties: { id: { type: 'string' } } } } },
  } as unknown as OpenAPIObject;
}

describe('completing the OpenAPI document', () => {
  it('declares the tags in use, and public routes with security []', () => {
    const document = completeDocument(sample());
    assert.deepEqual(
      document.tags?.map((tag) => tag.name),
      ['emi', 'things'],
    );
    const preview = document.paths['/v1/preview'].post as unknown as Record<string, unknown>;
    assert.deepEqual(preview.security, []);
    assert.ok(!(PUBLIC_EXTENSION in preview) && !(RATE_LIMIT_EXTENSION in preview), 'the markers leave the document');
    assert.deepEqual(document.paths['/v1/things'].post!.security, [{ bearer: [] }]);
  });

  it('keeps one Idempotency-Key, the described one, and documents the replay, request id and retry headers', () => {
    const create = completeDocument(sample()).paths['/v1/things'].post!;
    assert.deepEqual(
      create.parameters?.map((p) => ('name' in p ? [p.name, p.required] : [])),
      [['Idempotency-Key', false]],
    );
    const created = create.responses['201'] as { headers: Record<string, unknown> };
    const refused = create.responses['429'] as { headers: Record<string, unknown> };
    assert.deepEqual(Object.keys(created.headers).sort(), ['Idempotent-Replayed', 'X-Request-Id']);
    assert.deepEqual(Object.keys(refused.headers).sort(), ['Retry-After', 'X-Request-Id']);
  });

  it('gives every route the database outage, and a route with a body its 413 and 415', () => {
    const document = completeDocument(sample());
    const codes = (operation: { responses: object }, status: string) =>
      Object.keys(
        (operation.responses as Record<string, { content: Record<string, { examples: object }> }>)[status]?.content['application/json']
          .examples ?? {},
      );
    const read = document.paths['/v1/things/{id}'].get!;
    const upload = document.paths['/v1/uploads'].post!;
    assert.deepEqual(codes(read, '503'), ['DEPENDENCY_UNAVAILABLE', 'TRANSACTION_CONFLICT']);
    assert.deepEqual([read.responses['413'], read.responses['415']], [undefined, undefined]);
    assert.deepEqual([codes(upload, '413'), codes(upload, '415')], [['PAYLOAD_TOO_LARGE'], ['UNSUPPORTED_MEDIA_TYPE']]);
  });

  it('documents the IETF RateLimit and RateLimit-Policy headers where a limit counts, and Retry-After on the 429', () => {
    const preview = completeDocument(sample()).paths['/v1/preview'].post!;
    const ok = preview.responses['200'] as { headers: Record<string, unknown> };
    const refused = preview.responses['429'] as { headers: Record<string, unknown> };
    assert.deepEqual(Object.keys(ok.headers).sort(), ['Idempotent-Replayed', 'RateLimit', 'RateLimit-Policy', 'X-Request-Id']);
    assert.deepEqual(Object.keys(refused.headers).sort(), ['RateLimit', 'RateLimit-Policy', 'Retry-After', 'X-Request-Id']);
  });

  it('documents an ETagged read: If-None-Match, ETag on the 200 and a bodiless 304', () => {
    const read = completeDocument(sample()).paths['/v1/things/{id}'].get!;
    assert.deepEqual(
      read.parameters?.map((p) => ('name' in p ? [p.name, p.in] : [])),
      [['If-None-Match', 'header']],
    );
    const ok = read.responses['200'] as { headers: Record<string, unknown> };
    const notModified = read.responses['304'] as { headers: Record<string, unknown>; content?: unknown };
    assert.deepEqual(Object.keys(ok.headers).sort(), ['ETag', 'X-Request-Id']);
    assert.deepEqual(Object.keys(notModified.headers).sort(), ['ETag', 'X-Request-Id']);
    assert.equal(notModified.content, undefined);
    assert.ok(!(ETAG_EXTENSION in read), 'the marker leaves the document');
  });

  it('leaves Idempotency-Key out of a @NoIdempotency POST', () => {
    const session = completeDocument(sample()).paths['/v1/sessions'].post!;
    assert.deepEqual(session.parameters, []);
    assert.deepEqual(Object.keys(session.responses), ['200', '503']);
    assert.deepEqual(Object.keys((session.responses['200'] as { headers: object }).headers), ['X-Request-Id']);
    assert.ok(!(NO_IDEMPOTENCY_EXTENSION in session));
  });

  it('gives every POST the Idempotency-Key header and its two refusals, keeping the codes a route already lists', () => {
    const preview = completeDocument(sample()).paths['/v1/preview'].post!;
    assert.deepEqual(
      preview.parameters?.map((p) => ('name' in p ? p.name : '')),
      ['Idempotency-Key'],
    );
    const codes = (status: string) =>
      Object.keys((preview.responses[status] as { content: Record<string, { examples: object }> }).content['application/json'].examples);
    assert.deepEqual([codes('409'), codes('422')], [['IDEMPOTENCY_IN_PROGRESS', 'IDEMPOTENCY_OUTCOME_LOST'], ['IDEMPOTENCY_KEY_REUSED']]);
    assert.equal((preview.responses['422'] as { description: string }).description, 'Unprocessable: IDEMPOTENCY_KEY_REUSED');
  });
});
