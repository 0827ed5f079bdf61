import { Inject, Injectable, Logger } from '@nestjs/common';
import { AppException, RpcClient, type AuthenticatedUser } from '@los/common';
import {
  ErrorCode,
  MessagePattern,
  type KeyFactStatement,
  type KfsRequest,
  type KycReviewEvidenceReply,
  type KycReviewEvidenceRequest,
  type UnderwritingDecisionReply,
  type UnderwritingDecisionRequest,
  type UnderwritingInput,
  type UnderwritingSnapshotReply,
  type UnderwritingSnapshotRequest,
} from '@los/contracts';
import { DocumentStatus } from '../../../documents/document.entity.js';
import { DocumentsService } from '../../../documents/documents.service.js';
import { queueItemOf } from '../../underwriting-review-queue.mapper.js';
import type { ReviewDocumentView, UnderwritingReviewEvidenceView } from '../../underwriting-review.views.js';
import { UNDERWRITING_DESK_SETTINGS, type UnderwritingDeskSettings } from '../../underwriting-desk.settings.js';
import { UnderwritingReviewsRepository } from '../../underwriting-reviews.repository.js';

type Part = 'kyc' | 'decision' | 'facts' | 'offer' | 'documents';

/**
 * Everything an underwriter weighs, in one answer: the desk's state, the KYC result (kyc-service; the Aadhaar number
 * only as its last four digits), our credit decision with its trace and the facts it was taken on, the bureau report's
 * among them (underwriting-service), the accepted offer's KFS
 * (offer-service) and short-lived links to the checked documents. A part that cannot be read now is named in
 * `unavailable` rather than failing the whole page.
 */
@Injectable()
export class GetUnderwritingReviewEvidenceUseCase {
  private readonly logger = new Logger(GetUnderwritingReviewEvidenceUseCase.name);

  constructor(
    private readonly repository: UnderwritingReviewsRepository,
    private readonly rpc: RpcClient,
    private readonly documents: DocumentsService,
    @Inject(UNDERWRITING_DESK_SETTINGS) private readonly settings: UnderwritingDeskSettings,
  ) {}

  async execute(
    user: AuthenticatedUser,
    applicationId: string,
    correlationId: string,
    now = new Date(),
  ): Promise<UnderwritingReviewEvidenceView> {
    const review = await this.repository.findCase(applicationId);
    if (!review?.enteredReviewAt) throw new AppException(ErrorCode.NotFound, 'No underwriting review for this application');
    const payload = { applicationId };
    const [kyc, decision, offer, documents] = await Promise.allSettled([
      this.rpc.send<KycReviewEvidenceReply>(MessagePattern.KycReviewEvidence, {
        correlationId,
        payload: payload satisfies KycReviewEvidenceRequest,
      }),
      this.decisionAndFacts(applicationId, correlationId),
      review.partnerCode
        ? this.rpc.send<KeyFactStatement>(MessagePattern.OfferKfs, { correlationId, payload: payload satisfies KfsRequest })
        : Promise.resolve(null),
      this.documentLinks(user, applicationId),
    ]);
    const unavailable: Part[] = [];
    if (decision.status === 'fulfilled' && decision.value.decision && !decision.value.facts) unavailable.push('facts');
    const valueOf = <T>(part: Part, result: PromiseSettledResult<T>): T | null => {
      if (result.status === 'fulfilled') return result.value;
      unavailable.push(part);
      this.logger.warn({ applicationId, part, code: (result.reason as AppException)?.code }, 'Evidence part unavailable');
      return null;
    };
    return {
      ...queueItemOf(review, this.settings.slaMs, now),
      applicationStatus: review.status,
      kyc: valueOf('kyc', kyc),
      decision: valueOf('decision', decision)?.decision ?? null,
      facts: decision.status === 'fulfilled' ? decision.value.facts : null,
      offer: valueOf('offer', offer),
      documents: valueOf('documents', documents) ?? [],
      unavailable,
    };
  }

  /** The latest decision, then the snapshot it names; no decision yet is not a failure (DECISION_NOT_AVAILABLE). */
  private async decisionAndFacts(
    applicationId: string,
    correlationId: string,
  ): Promise<{ decision: UnderwritingDecisionReply | null; facts: UnderwritingInput | null }> {
    const request: UnderwritingDecisionRequest = { applicationId };
    const decision = await this.rpc
      .send<UnderwritingDecisionReply>(MessagePattern.UnderwritingDecision, { correlationId, payload: request })
      .catch((error: unknown) => {
        if (error instanceof AppException && error.code === ErrorCode.DecisionNotAvailable) return null;
        throw error;
      });
    if (!decision) return { decision: null, facts: null };
    const snapshotRequest: UnderwritingSnapshotRequest = { applicationId, snapshotId: decision.snapshotId };
    const facts = await this.rpc
      .send<UnderwritingSnapshotReply>(MessagePattern.UnderwritingSnapshot, { correlationId, payload: snapshotRequest })
      .then((reply) => reply.input)
      .catch(() => null);
    return { decision, facts };
  }

  private async documentLinks(user: AuthenticatedUser, applicationId: string): Promise<ReviewDocumentView[]> {
    const documents = await this.documents.list(user, applicationId);
    return Promise.all(
      documents.map(async (document) => {
        const download =
          document.status === DocumentStatus.Checked
            ? await this.documents.requestDownload(user, applicationId, document.id).catch(() => null)
            : null;
        return {
          id: document.id,
          type: document.type,
          contentType: document.contentType,
          status: document.status,
          downloadUrl: download?.url ?? null,
          downloadExpiresAt: download?.expiresAt.toISOString() ?? null,
        };
      }),
    );
  }
}
