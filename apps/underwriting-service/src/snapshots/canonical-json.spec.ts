import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { underwritingInput } from '../testing/underwriting-input.fixture.js';
import { canonicalJson } from './canonical-json.js';
import { SnapshotRepository } from './snapshot.repository.js';

describe('canonicalJson', () => {
  it('sorts keys at every depth, keeps array order and drops undefined fields', () => {
    assert.equal(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: null }], c: undefined } }), '{"a":{"d":[2,{"y":null,"z":1}]},"b":1}');
  });

  it('gives the same snapshot id to the same input whatever its key order, another to another input', () => {
    const input = underwritingInput('AURUM_PRIME');
    const reordered = Object.fromEntries(Object.entries(input).reverse()) as typeof input;
    assert.equal(SnapshotRepository.idOf(reordered), SnapshotRepository.idOf(input));
    assert.match(SnapshotRepository.idOf(input), /^[0-9a-f]{64}$/);
    assert.notEqual(SnapshotRepository.idOf(underwritingInput('AURUM_PRIME', { foir: '0.3801' })), SnapshotRepository.idOf(input));
  });
});
