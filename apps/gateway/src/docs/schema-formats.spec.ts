import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { OpenAPIObject } from '@nestjs/swagger';
import { addFormats, formatOf } from './schema-formats.js';

describe('formats by field name', () => {
  it('reads ids as UUIDs, …At and validUntil as instants, dob and …Date as dates', () => {
    const cases: Array<[string, string | undefined]> = [
      ['id', 'uuid'],
      ['applicationId', 'uuid'],
      ['otpRequestId', 'uuid'],
      ['requestId', undefined],
      ['createdAt', 'date-time'],
      ['validUntil', 'date-time'],
      ['dob', 'date'],
      ['dueDate', 'date'],
      ['firstEmiDate', 'date'],
      ['paid', undefined],
      ['format', undefined],
      ['at', undefined],
    ];
    assert.deepEqual(
      cases.map(([name]) => [name, formatOf(name)]),
      cases,
    );
  });

  it('sets them on string properties and path parameters only, keeping declared formats and enums', () => {
    const document = {
      openapi: '3.0.0',
      info: { title: 't', version: '1' },
      paths: {
        '/x/{id}': {
          get: {
            parameters: [
              { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
              { name: 'fromId', in: 'query', schema: { type: 'string' } },
            ],
            responses: {},
          },
        },
      },
      components: {
        schemas: {
          View: {
            type: 'object',
            properties: {
              id: { type: 'string' },
              partnerId: { type: 'integer' },
              createdAt: { type: 'string', format: 'custom' },
              kindId: { type: 'string', enum: ['A'] },
              nested: { type: 'object', properties: { updatedAt: { type: 'string' } } },
            },
          },
        },
      },
    } as unknown as OpenAPIObject;
    addFormats(document);
    const view = document.components!.schemas!.View as {
      properties: Record<string, { format?: string; properties?: Record<string, { format?: string }> }>;
    };
    assert.deepEqual(
      [view.properties.id.format, view.properties.partnerId.format, view.properties.createdAt.format, view.properties.kindId.format],
      ['uuid', undefined, 'custom', undefined],
    );
    assert.equal(view.properties.nested.properties!.updatedAt.format, 'date-time');
    const [path, query] = document.paths['/x/{id}'].get!.parameters as Array<{ schema: { format?: string } }>;
    assert.deepEqual([path.schema.format, query.schema.format], ['uuid', undefined]);
  });
});
