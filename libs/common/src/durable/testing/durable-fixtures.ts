import { randomUUID } from 'node:crypto';
import { CommandFailure, KycProbeCommand, MessagePattern, ServiceName, type CommandEnvelope, type ResultEvent } from '@los/contracts';
import type { CommandHandler, CommandOutcome, EventHandler } from '../durable-handler.js';

export function probeEnvelope(commandId = randomUUID()): CommandEnvelope<KycProbeCommand> {
  return {
    commandId,
    pattern: MessagePattern.KycProbe,
    sender: ServiceName.Gateway,
    correlationId: 'corr-1',
    issuedAt: new Date().toISOString(),
    payload: { probeId: randomUUID() },
  };
}

/** A command handler whose outcome (or error) the test chooses, counting its runs. */
export class ScriptedCommandHandler implements CommandHandler<KycProbeCommand> {
  readonly payloadClass = KycProbeCommand;
  runs = 0;

  constructor(private readonly script: () => Promise<CommandOutcome>) {}

  execute(): Promise<CommandOutcome> {
    this.runs++;
    return this.script();
  }
}

/** An event handler that counts what it applied; it may be told to fail. */
export class CountingEventHandler implements EventHandler {
  readonly payloadClass = CommandFailure;
  readonly applied: ResultEvent[] = [];
  failWith?: Error;

  apply(_payload: object, event: ResultEvent): Promise<void> {
    if (this.failWith) return Promise.reject(this.failWith);
    this.applied.push(event);
    return Promise.resolve();
  }
}

/** Records what would be put on a sender's events queue. */
export class RecordingPublisher {
  readonly published: [ServiceName, ResultEvent][] = [];

  publish(sender: ServiceName, event: ResultEvent): Promise<void> {
    this.published.push([sender, event]);
    return Promise.resolve();
  }
}
