import { Injectable, Optional } from '@nestjs/common';
import { AppException, type SqlStatement } from '@los/common';
import { ApplicationStatus, canTransition, ErrorCode } from '@los/contracts';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { ApplicationEntity } from '../application.entity.js';
import { ApplicationEventLog } from '../events/application-event-log.service.js';
import type { ApplicationStatusLogEntity } from './application-status-log.entity.js';
import { ApprovalTimer } from './approval-timer.js';
import { ComputeOffersTrigger } from './compute-offers.trigger.js';
import { StatusEntryHooks } from './status-entry.hooks.js';

export interface TransitionRequest {
  applicationId: string;
  to: ApplicationStatus;
  actor: string;
  reason?: string;
  /** When given, the move happens only from this status (what the caller last saw). */
  expectedFrom?: ApplicationStatus;
  /** Carried by a command the move records (e.g. compute-offers on KYC_VERIFIED). */
  correlationId?: string;
}

/**
 * The only way an application's status changes: allowed by the transition map, applied only if the
 * record is still as read (version check), and logged (status log and event log) in the same transaction. Entering
 * KYC_VERIFIED also records the compute-offers command there, so every way into it (a KYC result, a reviewer) leads on
 * to offers; entering APPROVED is timed (los_time_to_approval_seconds).
 */
@Injectable()
export class ApplicationLifecycle {
  constructor(
    private readonly computeOffers: ComputeOffersTrigger,
    private readonly events: ApplicationEventLog,
    @Optional() private readonly approvals?: ApprovalTimer,
    @Optional() private readonly hooks: StatusEntryHooks = new StatusEntryHooks(),
  ) {}

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
    const logged = statusLogRow({
      applicationId: application.id,
      fromStatus: from,
      toStatus: request.to,
      actor: request.actor,
      reason: request.reason ?? null,
      at: now,
    });
    const moved = { ...application, status: request.to, version: application.version + 1, updatedAt: now };
    await this.events.statusChanged(
      manager,
      {
        applicationId: moved.id,
        from,
        to: moved.status,
        at: now,
        version: moved.version,
        channelPartnerCode: moved.channelPartnerCode,
        contact: { email: moved.email, mobile: moved.mobile },
      },
      [logged],
    );
    if (request.to === ApplicationStatus.KycVerified) {
      await this.computeOffers.onKycVerified(manager, moved, request.correlationId ?? randomUUID());
    }
    if (request.to === ApplicationStatus.Approved) await this.approvals?.onApproved(manager, moved, now);
    await this.hooks.entered(manager, { application: moved, actor: request.actor, correlationId: request.correlationId });
    return moved;
  }

  /** Logs a new application's first status and its created event, after `precededBy` (e.g. its own insert), in one round trip. */
  async recordCreation(
    manager: EntityManager,
    application: ApplicationEntity,
    actor: string,
    precededBy: SqlStatement[] = [],
  ): Promise<void> {
    const logged = statusLogRow({
      applicationId: application.id,
      fromStatus: null,
      toStatus: application.status,
      actor,
      reason: 'created',
      at: application.createdAt,
    });
    const { id, status, createdAt, version, channelPartnerCode } = application;
    await this.events.statusChanged(manager, { applicationId: id, from: null, to: status, at: createdAt, version, channelPartnerCode }, [
      ...precededBy,
      logged,
    ]);
  }
}

/** A raw insert: TypeORM's insert builder cost more CPU than the round trip on the create and transition paths. */
function statusLogRow(entry: Omit<ApplicationStatusLogEntity, 'id'>): SqlStatement {
  return {
    sql: 'INSERT INTO application_status_log (application_id, from_status, to_status, actor, reason, at) VALUES (?, ?, ?, ?, ?, ?)',
    values: [entry.applicationId, entry.fromStatus, entry.toStatus, entry.actor, entry.reason, entry.at],
  };
}
