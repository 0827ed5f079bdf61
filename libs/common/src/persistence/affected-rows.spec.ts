import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { affectedRows } from './affected-rows.js';

describe('affectedRows', () => {
  it("reads mysql2's ResultSetHeader count", () => {
    assert.equal(affectedRows({ affectedRows: 1, insertId: 0 }), 1);
    assert.equal(affectedRows({ affectedRows: 0 }), 0);
    assert.equal(affectedRows({ affectedRows: 2 }), 2);
  });

  it('is 0 when the driver gave no count', () => {
    for (const raw of [undefined, null, {}, [], { affectedRows: '1' }]) assert.equal(affectedRows(raw), 0, JSON.stringify(raw));
  });
});
