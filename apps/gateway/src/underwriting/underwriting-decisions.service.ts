import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppException, isStaff, RpcClient, type AuthenticatedUser } from '@los/common';
import {
  ApplicationStatus,
  ErrorCode,
  MessagePattern,
  UnderwritingTrigger,
  type UnderwritingDecisionReply,
  type UnderwritingDecisionRequest,
} from '@los/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { actorOf } from '../applications/application-visibility.js';
import { ApplicationEntity } from '../applications/application.entity.js';
import { ApplicationsService } from '../applications/applications.service.js';
import { ApplicationLifecycle } from '../applications/lifecycle/application-lifecycle.service.js';
import { toBorrowerDecisionView, toStaffDecisionView } from './decision.mapper.js';
import type { BorrowerDecisionView, ReevaluationView, StaffDecisionView } from './decision.views.js';
import { UnderwritingEvaluationTrigger } from './underwriting-evaluation.trigger.js';

/** Reading our credit decision, and having a referred application evaluated again. */
@Injectable()
export class UnderwritingDecisions {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly lifecycle: ApplicationLifecycle,
    private readonly evaluation: UnderwritingEvaluationTrigger,
    private readonly rpc: RpcClient,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Staff see the whole record; the borrower side sees the decision and the reasons meant for the applicant. */
  async decisionFor(
    user: AuthenticatedUser,
    applicationId: string,
    correlationId: string,
  ): Promise<StaffDecisionView | BorrowerDecisionView> {
    await this.applications.get(user, applicationId);
    const request: UnderwritingDecisionRequest = { applicationId };
    const reply = await this.rpc.send<UnderwritingDecisionReply | null>(MessagePattern.UnderwritingDecision, {
      correlationId,
      payload: request,
    });
    if (!reply) throw new AppException(ErrorCode.DecisionNotAvailable, 'No credit decision has been made for this application yet');
    return isStaff(user) ? toStaffDecisionView(reply) : toBorrowerDecisionView(reply);
  }

  /** A referred application evaluated again on a fresh bureau report (the evaluation fetches it). */
  async refreshBureau(user: AuthenticatedUser, applicationId: string, correlationId: string): Promise<ReevaluationView> {
    await this.applications.get(user, applicationId);
    const commandId = await this.dataSource.transaction((manager) =>
      this.reevaluate(manager, applicationId, UnderwritingTrigger.BureauRefresh, actorOf(user), 'bureau report refreshed', correlationId),
    );
    return { applicationId, status: ApplicationStatus.Underwriting, commandId };
  }

  /**
   * A checked document of a type our referral asked for: the application is evaluated again, once (the list of
   * required documents is cleared with the move). Anything else changes nothing.
   */
  async onDocumentChecked(manager: EntityManager, applicationId: string, type: string, correlationId: string): Promise<boolean> {
    const application = await manager.findOneBy(ApplicationEntity, { id: applicationId });
    const required = application?.documentsRequired?.split(',') ?? [];
    if (application?.status !== ApplicationStatus.ManualReview || !required.includes(type)) return false;
    try {
      const reason = `required document ${type} received`;
      await this.reevaluate(manager, applicationId, UnderwritingTrigger.DocumentReceived, 'service:gateway', reason, correlationId);
    } catch (error) {
      // Another upload or an underwriter moved it meanwhile: that move stands.
      if (error instanceof AppException && error.code === ErrorCode.InvalidTransition) return false;
      throw error;
    }
    return true;
  }

  private async reevaluate(
    manager: EntityManager,
    applicationId: string,
    trigger: UnderwritingTrigger,
    actor: string,
    reason: string,
    correlationId: string,
  ): Promise<string> {
    const moved = await this.lifecycle.transition(manager, {
      applicationId,
      expectedFrom: ApplicationStatus.ManualReview,
      to: ApplicationStatus.Underwriting,
      actor,
      reason,
    });
    await manager.update(ApplicationEntity, { id: applicationId }, { documentsRequired: null });
    return this.evaluation.request(manager, moved, trigger, correlationId);
  }
}
