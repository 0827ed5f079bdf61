import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { splitRelationFragment } from './relation-fragment.splitter.js';

describe('splitRelationFragment', () => {
  it('recognises the slash, dotted and spelled-out markers', () => {
    assert.deepEqual(splitRelationFragment('meher d/o rustom'), { primary: 'meher', marker: 'D/O', relative: ' rustom' });
    assert.equal(splitRelationFragment('ayaan s.o. imtiaz').marker, 'S/O');
    assert.equal(splitRelationFragment('kusum wife of harilal').marker, 'W/O');
    assert.equal(splitRelationFragment('babu (c/o gopal)').marker, 'C/O');
    assert.equal(splitRelationFragment('tara, fathers name: mohan').marker, 'F/N');
  });

  it('leaves names without a marker whole, including ones containing "so"', () => {
    assert.deepEqual(splitRelationFragment('soham soni'), { primary: 'soham soni', marker: null, relative: '' });
  });
});
