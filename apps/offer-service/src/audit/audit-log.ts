import type { EntityManager, QueryDeepPartialEntity } from 'typeorm';
import type { AuditAction, AuditEntityType } from './audit-action.constants.js';
import { AuditEventEntity } from './audit-event.entity.js';

export interface AuditRecord {
  actor: string;
  action: AuditAction;
  entityType: AuditEntityType;
  entityId: string;
  details: Record<string, unknown>;
  at: Date;
}

/** Takes the caller's transaction manager: an audit row exists exactly when its change does. */
export function recordAudit(manager: EntityManager, record: AuditRecord): Promise<unknown> {
  // TypeORM's partial-entity type cannot express free-form JSON; the column stores it as given.
  return manager.insert(AuditEventEntity, record as QueryDeepPartialEntity<AuditEventEntity>);
}
