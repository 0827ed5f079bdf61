import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DURABLE_COMMANDS, EventType, failureEventOf, MessagePattern, ServiceName, type DurableCatalogue } from '@los/contracts';
import { assertDurableWiring, durableWiringProblems, type ServiceWiring } from './durable-wiring.check.js';

const VERIFY = 'kyc.cmd.verify.v1';
const catalogue: DurableCatalogue = {
  [VERIFY]: { receiver: ServiceName.Kyc, senders: [ServiceName.Gateway, ServiceName.Offer], results: [EventType.KycCompleted] },
};
const gateway: ServiceWiring = {
  service: ServiceName.Gateway,
  reportsTo: [],
  commandPatterns: [],
  eventTypes: [EventType.KycCompleted, failureEventOf(VERIFY)],
};
const kyc: ServiceWiring = {
  service: ServiceName.Kyc,
  reportsTo: [ServiceName.Gateway, ServiceName.Offer],
  commandPatterns: [VERIFY],
  eventTypes: [],
};

describe('durable wiring check', () => {
  it('lets a sender and a receiver that match the catalogue boot', () => {
    assert.deepEqual(durableWiringProblems(gateway, catalogue), []);
    assert.deepEqual(durableWiringProblems(kyc, catalogue), []);
    assert.doesNotThrow(() => assertDurableWiring(gateway, catalogue));
  });

  it('refuses a sender with neither a result handler nor a failure handler, naming service, pattern and events', () => {
    assert.throws(
      () => assertDurableWiring({ ...gateway, eventTypes: [] }, catalogue),
      (error: Error) =>
        error.message.includes('Durable wiring of gateway') &&
        error.message.includes(`sends ${VERIFY} but has no event handler for ${EventType.KycCompleted}, ${failureEventOf(VERIFY)}`),
    );
  });

  it('refuses a sender that handles the result but not the failure event', () => {
    assert.deepEqual(durableWiringProblems({ ...gateway, eventTypes: [EventType.KycCompleted] }, catalogue), [
      `sends ${VERIFY} but has no event handler for ${failureEventOf(VERIFY)}`,
    ]);
  });

  it('refuses a receiver whose reportsTo misses one of its senders', () => {
    assert.throws(
      () => assertDurableWiring({ ...kyc, reportsTo: [ServiceName.Gateway] }, catalogue),
      (error: Error) =>
        error.message.includes('Durable wiring of kyc-service') &&
        error.message.includes(`receives ${VERIFY} but its reportsTo misses the sender(s) offer-service`),
    );
  });

  it('refuses a receiver without a handler for a command it receives', () => {
    assert.deepEqual(durableWiringProblems({ ...kyc, commandPatterns: [] }, catalogue), [
      `receives ${VERIFY} but has no command handler for it`,
    ]);
  });

  it('refuses a command handler the catalogue does not give to this service', () => {
    assert.deepEqual(durableWiringProblems({ ...gateway, commandPatterns: [VERIFY, 'x.cmd.unknown.v1'] }, catalogue), [
      `handles ${VERIFY}, which the catalogue gives to kyc-service`,
      'handles x.cmd.unknown.v1, which is not in the durable command catalogue',
    ]);
  });

  it('holds for the catalogue itself: every durable command has a sender and reports at least one result', () => {
    for (const [pattern, route] of Object.entries(DURABLE_COMMANDS)) {
      assert.ok(route!.senders.length > 0 && route!.results.length > 0, pattern);
      assert.ok(Object.values(MessagePattern).includes(pattern as MessagePattern), pattern);
    }
  });
});
