import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AppException } from '@los/common';
import { decodeCursor, encodeCursor, type CursorPosition } from './cursor.js';

const position: CursorPosition = {
  sort: 'createdAt',
  order: 'desc',
  value: '2026-12-06T03:00:00.123Z',
  id: '6f1c2e1a-5a43-4d7e-9c1e-2f5b2a7d9c11',
};

const invalidCursor = (error: unknown) => error instanceof AppException && error.code === 'INVALID_CURSOR' && error.statusCode === 400;

describe('cursor codec', () => {
  it('round-trips a position through an opaque base64url token', () => {
    const cursor = encodeCursor(position);
    assert.match(cursor, /^[A-Za-z0-9_-]+$/);
    assert.deepEqual(decodeCursor(cursor, 'createdAt', 'desc'), position);
  });

  it('refuses a cursor issued for another sort or order', () => {
    const cursor = encodeCursor(position);
    assert.throws(() => decodeCursor(cursor, 'amount', 'desc'), invalidCursor);
    assert.throws(() => decodeCursor(cursor, 'createdAt', 'asc'), invalidCursor);
  });

  it('refuses what it did not issue', () => {
    for (const raw of [
      '',
      'not a cursor',
      'e30',
      Buffer.from('[1,"createdAt","desc","x","not-a-uuid"]').toString('base64url'),
      'A'.repeat(600),
    ]) {
      assert.throws(() => decodeCursor(raw, 'createdAt', 'desc'), invalidCursor, raw);
    }
  });
});
