import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { probeEnvelope } from '../testing/durable-fixtures.js';
import { FreshEnvelopes } from './fresh-envelopes.js';

describe('FreshEnvelopes', () => {
  it('gives a kept envelope once, and only to its own side', () => {
    const sut = new FreshEnvelopes();
    const envelope = probeEnvelope();
    sut.keep('received', envelope);
    assert.equal(sut.take('sent', envelope.commandId), undefined);
    assert.equal(sut.take('received', envelope.commandId), envelope);
    assert.equal(sut.take('received', envelope.commandId), undefined);
  });

  it('lets the oldest go when full, so envelopes whose job ran elsewhere do not pile up', () => {
    const sut = new FreshEnvelopes(2);
    const [a, b, c] = [probeEnvelope(), probeEnvelope(), probeEnvelope()];
    for (const envelope of [a, b, c]) sut.keep('sent', envelope);
    assert.deepEqual(
      [a, b, c].map((envelope) => sut.take('sent', envelope.commandId)),
      [undefined, b, c],
    );
  });
});
