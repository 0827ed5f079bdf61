import type { CommandEnvelope, ResultEvent } from '@los/contracts';
import type { EntityManager } from 'typeorm';

export interface CommandOutcome {
  type: string;
  payload: object;
  failureCode?: string;
}

/** Executes one kind of recorded command (declared with `@DurableCommandHandler`). Must be idempotent: it may run more than once. */
export interface CommandHandler<P extends object = object> {
  readonly payloadClass: new () => P;
  execute(payload: P, envelope: CommandEnvelope<P>): Promise<CommandOutcome>;
}

/** Applies one kind of result event (declared with `@DurableEventHandler`) inside the transaction that records the event id. */
export interface EventHandler<P extends object = object> {
  readonly payloadClass: new () => P;
  apply(payload: P, event: ResultEvent<P>, manager: EntityManager): Promise<void>;
}
