import { Injectable } from '@nestjs/common';
import type { ApplicationStatus } from '@los/contracts';
import type { EntityManager } from 'typeorm';
import type { ApplicationEntity } from '../application.entity.js';

export interface StatusEntry {
  /** The application as moved (its new status and version). */
  application: ApplicationEntity;
  actor: string;
  correlationId?: string;
}

export type StatusEntryListener = (manager: EntityManager, entry: StatusEntry) => Promise<void>;

/**
 * What other features do on entering a status, in the transaction of the move, whoever makes it (disbursal: entering
 * APPROVED with a verified account goes on to DISBURSAL_REQUESTED, which records the disburse command).
 */
@Injectable()
export class StatusEntryHooks {
  private readonly listeners = new Map<ApplicationStatus, StatusEntryListener[]>();

  on(status: ApplicationStatus, listener: StatusEntryListener): void {
    this.listeners.set(status, [...(this.listeners.get(status) ?? []), listener]);
  }

  async entered(manager: EntityManager, entry: StatusEntry): Promise<void> {
    for (const listener of this.listeners.get(entry.application.status) ?? []) await listener(manager, entry);
  }
}
