import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppException, RpcClient, stageIdempotentResponse, type AuthenticatedUser } from '@los/common';
import {
  ApplicationStatus,
  ErrorCode,
  formatMoney,
  MessagePattern,
  type AcceptOfferReply,
  type AcceptOfferRequest,
  type ComputeOffersReply,
  type KeyFactStatement,
  type OfferSetRequest,
  type KfsRequest,
  UnderwritingTrigger,
} from '@los/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { actorOf } from '../applications/application-visibility.js';
import { ApplicationEntity } from '../applications/application.entity.js';
import { ApplicationsService } from '../applications/applications.service.js';
import { ApplicationLifecycle } from '../applications/lifecycle/application-lifecycle.service.js';
import { UnderwritingEvaluationTrigger } from '../underwriting/underwriting-evaluation.trigger.js';

/** Statuses whose offer set is stored (computed by the compute-offers command once KYC is verified). */
const OFFERS_VISIBLE = new Set<ApplicationStatus>([
  ApplicationStatus.OffersReady,
  ApplicationStatus.NoOffers,
  ApplicationStatus.OfferAccepted,
  ApplicationStatus.Underwriting,
  ApplicationStatus.LenderReview,
  ApplicationStatus.Approved,
  ApplicationStatus.ManualReview,
  ApplicationStatus.Rejected,
  ApplicationStatus.DisbursalRequested,
  ApplicationStatus.Disbursed,
  ApplicationStatus.DisbursalFailed,
]);

/** Statuses past an acceptance in which accepting the same offer again is harmless (answered its KFS). */
const ACCEPTED = new Set<ApplicationStatus>([
  ApplicationStatus.OfferAccepted,
  ApplicationStatus.Underwriting,
  ApplicationStatus.ManualReview,
  ApplicationStatus.LenderReview,
  ApplicationStatus.Approved,
]);

@Injectable()
export class OffersService {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly lifecycle: ApplicationLifecycle,
    private readonly rpc: RpcClient,
    private readonly evaluation: UnderwritingEvaluationTrigger,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /**
   * Reads the stored offer set; never computes and never moves the application. While KYC_VERIFIED the set is still
   * being computed: 409 OFFERS_NOT_READY (poll the application for OFFERS_READY or NO_OFFERS).
   */
  async offersFor(user: AuthenticatedUser, applicationId: string, correlationId: string): Promise<ComputeOffersReply> {
    const application = await this.applications.get(user, applicationId);
    if (application.status === ApplicationStatus.KycVerified) {
      throw new AppException(ErrorCode.OffersNotReady, 'Offers are being computed; the application moves to OFFERS_READY or NO_OFFERS');
    }
    if (!OFFERS_VISIBLE.has(application.status)) {
      throw new AppException(ErrorCode.Conflict, `Offers are available once KYC is verified (status ${application.status})`);
    }
    const request: OfferSetRequest = { applicationId };
    return this.rpc.send<ComputeOffersReply>(MessagePattern.OfferSet, { correlationId, payload: request });
  }

  async accept(user: AuthenticatedUser, applicationId: string, offerId: string, correlationId: string): Promise<KeyFactStatement> {
    const application = await this.applications.get(user, applicationId);
    // Before offers are computed no offer id can be one of this application's.
    if (!OFFERS_VISIBLE.has(application.status)) {
      throw new AppException(ErrorCode.OfferNotFound, 'No offer with this id belongs to the application');
    }
    const accepting = application.status === ApplicationStatus.OffersReady;
    if (!accepting && !ACCEPTED.has(application.status)) {
      throw new AppException(ErrorCode.InvalidTransition, `Cannot accept an offer in status ${application.status}`);
    }
    const request: AcceptOfferRequest = { applicationId, offerId };
    const reply = await this.rpc.send<AcceptOfferReply>(MessagePattern.OfferAccept, { correlationId, payload: request });
    if (accepting) await this.acceptAndEvaluate(application, offerId, actorOf(user), correlationId, reply.kfs);
    return reply.kfs;
  }

  async kfs(user: AuthenticatedUser, applicationId: string, correlationId: string): Promise<KeyFactStatement> {
    const application = await this.applications.get(user, applicationId);
    if (!OFFERS_VISIBLE.has(application.status)) {
      throw new AppException(ErrorCode.KfsNotAvailable, 'The Key Fact Statement is available once an offer has been accepted');
    }
    const request: KfsRequest = { applicationId };
    return this.rpc.send<KeyFactStatement>(MessagePattern.OfferKfs, { correlationId, payload: request });
  }

  /**
   * The move to OFFER_ACCEPTED, on to UNDERWRITING, and the command asking for our credit decision commit together,
   * so the decision is asked for exactly once whichever replica or retry makes the move. The lender hears of the
   * application only once we approve it (`UnderwritingOutcomes.approve`).
   */
  private async acceptAndEvaluate(
    application: ApplicationEntity,
    offerId: string,
    actor: string,
    correlationId: string,
    kfs: KeyFactStatement,
  ): Promise<void> {
    await this.moveIfStill(
      application.id,
      ApplicationStatus.OffersReady,
      ApplicationStatus.OfferAccepted,
      actor,
      `accepted offer ${offerId}`,
      async (manager) => {
        stageIdempotentResponse(kfs);
        const accepted = { acceptedAmount: formatMoney(kfs.terms.amount), acceptedOfferId: offerId, acceptedPartnerCode: kfs.lender.code };
        await manager.update(ApplicationEntity, { id: application.id }, accepted);
        const moved = await this.lifecycle.transition(manager, {
          applicationId: application.id,
          expectedFrom: ApplicationStatus.OfferAccepted,
          to: ApplicationStatus.Underwriting,
          actor,
          reason: 'our credit decision',
        });
        await this.evaluation.request(manager, { ...moved, ...accepted }, UnderwritingTrigger.Acceptance, correlationId);
      },
    );
  }

  /** Another replica or a retry may have moved it already: the offer service's answer is the same either way. */
  private async moveIfStill<T>(
    id: string,
    from: ApplicationStatus,
    to: ApplicationStatus,
    actor: string,
    reason: string,
    alsoDo?: (manager: EntityManager) => Promise<T>,
  ): Promise<T | undefined> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        await this.lifecycle.transition(manager, { applicationId: id, expectedFrom: from, to, actor, reason });
        return alsoDo?.(manager);
      });
    } catch (error) {
      if (!(error instanceof AppException && error.code === ErrorCode.InvalidTransition)) throw error;
      return undefined;
    }
  }
}
