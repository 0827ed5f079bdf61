import { OutboxCommandEntity } from '@los/common';
import type { CommandFailure, ResultEvent } from '@los/contracts';
import type { EntityManager } from 'typeorm';

/** The application a refused command was sent for, read from this gateway's outbox record of it; null when none. */
export async function applicationOfCommand(manager: EntityManager, commandId: string): Promise<string | null> {
  const command = await manager.findOneBy(OutboxCommandEntity, { id: commandId });
  return (command?.envelope.payload as { applicationId?: string } | undefined)?.applicationId ?? null;
}

/** A refusal as an attention item states it: the failure code, then the service's message or "refused by <service>". */
export const refusalReason = (failure: CommandFailure, event: ResultEvent, service: string): string =>
  `${event.failureCode ?? 'UNKNOWN'}: ${failure.message ?? `refused by ${service}`}`;
