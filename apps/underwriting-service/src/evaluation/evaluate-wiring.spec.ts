import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DurableCommandHandler, durableWiringProblems } from '@los/common';
import { DURABLE_COMMANDS, MessagePattern, ServiceName } from '@los/contracts';
import { EvaluateHandler } from './evaluate.handler.js';

describe('underwriting-service durable wiring', () => {
  it('handles the evaluate command, as the catalogue routes it, and reports to its sender', () => {
    const pattern = Reflect.getMetadata(DurableCommandHandler.KEY, EvaluateHandler) as string;
    assert.equal(pattern, MessagePattern.UnderwritingEvaluate);
    assert.deepEqual(DURABLE_COMMANDS[pattern], {
      receiver: ServiceName.Underwriting,
      senders: [ServiceName.Gateway],
      results: ['underwriting.evt.decided.v1'],
    });
    const wiring = { service: ServiceName.Underwriting, reportsTo: [ServiceName.Gateway], commandPatterns: [pattern], eventTypes: [] };
    assert.deepEqual(durableWiringProblems(wiring, DURABLE_COMMANDS), []);
  });
});
