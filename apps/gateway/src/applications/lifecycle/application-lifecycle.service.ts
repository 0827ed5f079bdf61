import { Injectable } from '@nestjs/common';
import { AppException } from '@los/common';
import { ApplicationStatus, canTransition, ErrorCode } from '@los/contracts';
import type { EntityManager } from 'typeorm';
import { ApplicationEntity } from '../application.entity.js';
import { ApplicationStatusLogEntity } from './application-status-log.entity.js';

export interface TransitionRequest {
  applicationId: string;
  to: ApplicationStatus;
  actor: string;
  reason?: string;
  /** When given, the move happens only from this status (what the caller last saw). */
  expectedFrom?: ApplicationStatus;
}

/**
 * The only way an application's status changes: allowed by the transition map, applied only if the
 * record is still as read (version check), and logged in the same transaction.
 */
@Injectable()
export class ApplicationLifecycle {
  async transition(manager: EntityManager, request: TransitionRequest): Promise<ApplicationEntity> {
    const application = await manager.findOneBy(ApplicationEntity, { id: request.applicationId });
    if (!application) throw new AppException(ErrorCode.NotFound, 'Application not found');
    const from = application.status;
    const allowed = (request.expectedFrom === undefined || request.expectedFrom === from) && canTransition(from, request.to);
    if (!allowed) throw new AppException(ErrorCode.InvalidTransition, `Cannot move an application from ${from} to ${request.to}`);

    const now = new Date();
    const updated = await manager.update(
      ApplicationEntity,
      { id: application.id, status: from, version: application.version },
      { status: request.to, version: application.version + 1, updatedAt: now },
    );
    if (updated.affected !== 1) {
      throw new AppException(ErrorCode.InvalidTransition, 'The application changed meanwhile; read it again');
    }
    await manager.insert(ApplicationStatusLogEntity, {
      applicationId: application.id,
      fromStatus: from,
      toStatus: request.to,
      actor: request.actor,
      reason: request.reason ?? null,
      at: now,
    });
    return { ...application, status: request.to, version: application.version + 1, updatedAt: now };
  }

  async recordCreation(manager: EntityManager, application: ApplicationEntity, actor: string): Promise<void> {
    await manager.insert(ApplicationStatusLogEntity, {
      applicationId: application.id,
      fromStatus: null,
      toStatus: application.status,
      actor,
      reason: 'created',
      at: application.createdAt,
    });
  }
}
