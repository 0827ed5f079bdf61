import { AsyncLocalStorage } from 'node:async_hooks';

/** The POST being served under an `Idempotency-Key`, visible to every transaction its handler runs. */
export interface IdempotentRequest {
  readonly scope: string;
  readonly key: string;
  /** This claim's token: only its holder may write the key's row. */
  readonly holder: string;
  readonly successStatus: number;
  /** The answer, when the handler states it inside the transaction of its effect. */
  response?: { body: unknown };
  /** Set once the handler has answered: later transactions on the same async chain are not its effect. */
  done: boolean;
}

const requests = new AsyncLocalStorage<IdempotentRequest>();

export function runIdempotentRequest<T>(request: IdempotentRequest, fn: () => T): T {
  return requests.run(request, fn);
}

export function currentIdempotentRequest(): IdempotentRequest | undefined {
  const request = requests.getStore();
  return request && !request.done ? request : undefined;
}

/**
 * Called inside the transaction of a POST's effect with the exact body the route will answer: the key then
 * completes in that transaction, so a retry after a crash right after the commit replays this body.
 */
export function stageIdempotentResponse(body: unknown): void {
  const request = currentIdempotentRequest();
  if (request) request.response = { body };
}
