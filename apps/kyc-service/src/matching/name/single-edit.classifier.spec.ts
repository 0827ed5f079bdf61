import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { classifySingleEdit } from './single-edit.classifier.js';

describe('classifySingleEdit', () => {
  it('names a substitution, a swap and an insertion with where they happen', () => {
    assert.deepEqual(classifySingleEdit('kamat', 'kamal'), { kind: 'substitute', index: 4, char: 't', other: 'l' });
    assert.deepEqual(classifySingleEdit('rahul', 'rhaul'), { kind: 'transpose', index: 1, char: 'a', other: 'h' });
    assert.deepEqual(classifySingleEdit('sunita', 'sunta'), { kind: 'insert', index: 3, char: 'i', other: '' });
    assert.deepEqual(classifySingleEdit('sunta', 'sunita'), { kind: 'insert', index: 3, char: 'i', other: '' });
  });

  it('returns null for identical strings or more than one edit', () => {
    assert.equal(classifySingleEdit('meena', 'meena'), null);
    assert.equal(classifySingleEdit('manoj', 'manish'), null);
  });
});
