import { Injectable } from '@nestjs/common';
import { IsNull, type EntityManager } from 'typeorm';
import { KycReviewAction, KycReviewAuditEntity } from './kyc-review-audit.entity.js';
import { KycReviewEntity } from './kyc-review.entity.js';
import { KycReviewsRepository } from './kyc-reviews.repository.js';

export const KYC_SERVICE_ACTOR = 'service:kyc';

/** How the desk hears of automatic KYC results, inside the transaction that applies them. */
@Injectable()
export class KycReviewClosure {
  constructor(private readonly repository: KycReviewsRepository) {}

  /**
   * True when a person already resolved this attempt: their decision stands over a later re-driven result.
   * Locks the review row first, in the order a resolution takes it.
   */
  async resolvedByPerson(manager: EntityManager, kycId: string): Promise<boolean> {
    const row = await this.repository.findForUpdate(manager, kycId);
    return row?.resolvedAt != null && row.resolvedBy !== KYC_SERVICE_ACTOR;
  }

  /** An automatic result settled the attempt: any open review of it closes, so its claim no longer counts. */
  async closeAutomatically(manager: EntityManager, review: { kycId: string; applicationId: string }, result: string): Promise<void> {
    const now = new Date();
    const closed = await manager.update(
      KycReviewEntity,
      { kycId: review.kycId, resolvedAt: IsNull() },
      { resolvedBy: KYC_SERVICE_ACTOR, resolvedAt: now, claimExpiresAt: null },
    );
    if (closed.affected !== 1) return;
    await manager.insert(KycReviewAuditEntity, {
      ...review,
      action: KycReviewAction.ClosedAutomatically,
      actor: KYC_SERVICE_ACTOR,
      detail: result,
      at: now,
    });
  }
}
