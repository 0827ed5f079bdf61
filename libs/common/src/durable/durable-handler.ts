import type { CommandEnvelope, ResultEvent } from '@los/contracts';
import type { EntityManager } from 'typeorm';

export interface CommandOutcome {
  type: string;
  payload: object;
  failureCode?: string;
}

/**
 * A handler's answer for a command whose result comes later (a payout the lender settles in its own time): the
 * command stays open, is executed again if re-sent or overdue, and the service completes it with
 * `CommandInbox.complete` in the transaction that reaches the outcome.
 */
export const DEFERRED_OUTCOME = Symbol('DEFERRED_OUTCOME');

/** Executes one kind of recorded command (declared with `@DurableCommandHandler`). Must be idempotent: it may run more than once. */
export interface CommandHandler<P extends object = object> {
  readonly payloadClass: new () => P;
  execute(payload: P, envelope: CommandEnvelope<P>): Promise<CommandOutcome | typeof DEFERRED_OUTCOME>;
}

/** Applies one kind of result event (declared with `@DurableEventHandler`) inside the transaction that records the event id. */
export interface EventHandler<P extends object = object> {
  readonly payloadClass: new () => P;
  apply(payload: P, event: ResultEvent<P>, manager: EntityManager): Promise<void>;
}
