import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { IncomingMessage } from 'node:http';
import { requestIdOf } from './request-id.js';

const withHeader = (value?: string | string[]) => ({ headers: value === undefined ? {} : { 'x-request-id': value } }) as IncomingMessage;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('requestIdOf', () => {
  it("keeps a caller's id of 1 to 64 letters, digits and . _ : -", () => {
    for (const id of ['abc-123', 'trace.span:01_ab', 'x'.repeat(64), 'a']) assert.equal(requestIdOf(withHeader(id)), id);
  });

  it('mints a new id for anything else', () => {
    const unsafe = ['x'.repeat(65), '', 'a b', 'line\nbreak', '<script>', 'id"quote', 'ünïcode', 'a\u200bb', '../../etc'];
    for (const id of unsafe) assert.match(requestIdOf(withHeader(id)), UUID, JSON.stringify(id));
    assert.match(requestIdOf(withHeader(['one', 'two'])), UUID, 'a repeated header');
    assert.match(requestIdOf(withHeader()), UUID, 'no header');
  });
});
