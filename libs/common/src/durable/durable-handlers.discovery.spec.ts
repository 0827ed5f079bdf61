import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { DiscoveryService } from '@nestjs/core';
import { CommandFailure, EventType, failureEventOf, MessagePattern, ServiceName } from '@los/contracts';
import { DurableHandlersDiscovery } from './durable-handlers.discovery.js';
import { DurableCommandHandler, DurableEventHandler } from './durable-handler.decorators.js';
import { DurableHandlers } from './durable-handlers.registry.js';
import type { DurableOptions } from './durable.options.js';

class Handler {
  readonly payloadClass = CommandFailure;
  apply = () => Promise.resolve();
  execute = () => Promise.resolve({ type: 'x', payload: {} });
}
@DurableEventHandler(EventType.KycProbeCompleted)
class ProbeCompleted extends Handler {}
@DurableEventHandler(failureEventOf(MessagePattern.KycProbe))
class ProbeFailed extends Handler {}
@DurableCommandHandler(MessagePattern.KycProbe)
class ProbeCommand extends Handler {}
@DurableCommandHandler(MessagePattern.KycVerify)
class VerifyCommand extends Handler {}

/** Nest's discovery over a fixed set of providers: what the container would hand back for each decorator. */
function discoveryOf(classes: (new () => Handler)[]): DiscoveryService {
  const wrappers = classes.map((metatype) => ({ metatype, instance: new metatype() }));
  return {
    getProviders: ({ metadataKey }: { metadataKey: string }) =>
      wrappers.filter((w) => Reflect.getMetadata(metadataKey, w.metatype) !== undefined),
    getMetadataByDecorator: (decorator: { KEY: string }, wrapper: { metatype: object }) =>
      Reflect.getMetadata(decorator.KEY, wrapper.metatype),
  } as unknown as DiscoveryService;
}

function boot(options: DurableOptions, classes: (new () => Handler)[]) {
  const handlers = new DurableHandlers();
  new DurableHandlersDiscovery(discoveryOf(classes), handlers, options).onModuleInit();
  return handlers;
}

describe('DurableHandlersDiscovery', () => {
  it('fills the registry with the decorated providers by their declared names', () => {
    const handlers = boot({ service: ServiceName.Kyc, reportsTo: [ServiceName.Gateway] }, [ProbeCommand, VerifyCommand, ProbeCompleted]);
    assert.ok(handlers.commandFor(MessagePattern.KycProbe) instanceof ProbeCommand);
    assert.ok(handlers.commandFor(MessagePattern.KycVerify) instanceof VerifyCommand);
    assert.ok(handlers.eventFor(EventType.KycProbeCompleted) instanceof ProbeCompleted);
  });

  it('refuses to boot a sender of the probe command without its failure handler, with the catalogue of contracts', () => {
    assert.throws(
      () => boot({ service: ServiceName.Gateway, reportsTo: [] }, [ProbeCompleted]),
      /Durable wiring of gateway is incomplete:[\s\S]*sends kyc\.cmd\.probe\.v1 but has no event handler for kyc\.cmd\.probe\.v1\.failed/,
    );
    assert.throws(
      () => boot({ service: ServiceName.Gateway, reportsTo: [] }, [ProbeCompleted, ProbeFailed]),
      (error: Error) => !error.message.includes('kyc.cmd.probe.v1 but'),
    );
  });

  it('refuses two decorated handlers for one pattern', () => {
    @DurableCommandHandler(MessagePattern.KycProbe)
    class AnotherProbeCommand extends Handler {}
    assert.throws(
      () => boot({ service: ServiceName.Kyc, reportsTo: [ServiceName.Gateway] }, [ProbeCommand, VerifyCommand, AnotherProbeCommand]),
      /Two durable command handlers for kyc\.cmd\.probe\.v1: ProbeCommand and AnotherProbeCommand/,
    );
  });

  it('refuses to boot a receiver that does not report to the sender', () => {
    assert.throws(
      () => boot({ service: ServiceName.Kyc, reportsTo: [] }, [ProbeCommand, VerifyCommand]),
      /receives kyc\.cmd\.probe\.v1 but its reportsTo misses the sender\(s\) gateway/,
    );
  });
});
