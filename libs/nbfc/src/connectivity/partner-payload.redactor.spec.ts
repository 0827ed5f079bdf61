import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_STORED_STRING_CHARS, redactPartnerPayload } from './partner-payload.redactor.js';

describe('redactPartnerPayload', () => {
  it('drops Aadhaar and secrets, masks PAN and phone, keeps the rest', () => {
    const sut = redactPartnerPayload({
      applicant: {
        fullName: 'Priya Raman',
        pan: 'ABCPR1234K',
        mobile: '9876543210',
        aadhaarNumber: '123412341234',
        monthlyIncome: '85000.00',
      },
      headers: { 'x-api-key': 'k', authorization: 'Bearer t', 'x-signature': 's' },
      ids: ['ZZZPZ0750Z'],
      note: '1234 1234 1234',
    });
    assert.deepEqual(sut, {
      applicant: { fullName: 'Priya Raman', pan: 'XXXXXX234K', mobile: 'XXXXXX3210', monthlyIncome: '85000.00' },
      headers: {},
      ids: ['XXXXXX750Z'],
      note: '[REDACTED]',
    });
  });

  it('cuts long strings, long arrays, many fields and deep nesting to their bounds, and keeps an oversized payload as its size', () => {
    const sut = redactPartnerPayload({
      note: 'n'.repeat(900_000),
      items: Array.from({ length: 150 }, (_, i) => i),
      deep: { a: { b: { c: { d: { e: { f: { g: { h: { i: 1 } } } } } } } } },
    }) as { note: string; items: unknown[]; deep: unknown };
    assert.equal(sut.note, `${'n'.repeat(MAX_STORED_STRING_CHARS)}…[900000 chars]`);
    assert.deepEqual(sut.items.slice(-2), [99, '[50 more items]']);
    assert.match(JSON.stringify(sut.deep), /nested too deep/);
    const wide = Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`field${i}`, 'x'.repeat(900)]));
    const stored = redactPartnerPayload(wide);
    assert.deepEqual(Object.keys(stored as object), ['omitted', 'chars']);
    assert.ok(JSON.stringify(stored).length < 100);
  });
});
