import type { OutboxCommandEntity } from '@los/common';
import type { ApplicationDwell } from './stuck-applications.repository.js';
import type { PendingCommandView, StuckApplicationView } from './stuck-application.view.js';

export function toPendingCommandView(command: OutboxCommandEntity): PendingCommandView {
  return {
    commandId: command.id,
    pattern: command.pattern,
    status: command.status,
    attempts: command.attempts,
    lastError: command.lastError,
    dueAt: command.dueAt.toISOString(),
    createdAt: command.createdAt.toISOString(),
  };
}

export function toStuckApplicationView(
  dwell: ApplicationDwell,
  dwellLimitMs: number,
  command: OutboxCommandEntity | undefined,
  now: Date,
): StuckApplicationView {
  return {
    applicationId: dwell.id,
    status: dwell.status,
    partnerCode: dwell.partnerCode,
    since: dwell.since.toISOString(),
    stuckForMs: now.getTime() - dwell.since.getTime(),
    dwellLimitMs,
    pendingCommand: command ? toPendingCommandView(command) : null,
  };
}
