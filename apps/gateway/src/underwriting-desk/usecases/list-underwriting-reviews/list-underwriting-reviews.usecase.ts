import { Inject, Injectable } from '@nestjs/common';
import { byDeadline, deadlineOf } from '../../review-deadline.js';
import { queueItemOf } from '../../underwriting-review-queue.mapper.js';
import type { UnderwritingReviewQueueView } from '../../underwriting-review.views.js';
import { UNDERWRITING_DESK_SETTINGS, type UnderwritingDeskSettings } from '../../underwriting-desk.settings.js';
import { UnderwritingReviewsRepository } from '../../underwriting-reviews.repository.js';

/** The applications in MANUAL_REVIEW, soonest deadline first, with time left, referral reasons and any live claim. */
@Injectable()
export class ListUnderwritingReviewsUseCase {
  constructor(
    private readonly repository: UnderwritingReviewsRepository,
    @Inject(UNDERWRITING_DESK_SETTINGS) private readonly settings: UnderwritingDeskSettings,
  ) {}

  async execute(limit: number, now = new Date()): Promise<UnderwritingReviewQueueView> {
    const queue = (await this.repository.findQueue(limit))
      .map((review) => ({ review, applicationId: review.applicationId, deadline: deadlineOf(review.createdAt, this.settings.slaMs) }))
      .sort(byDeadline);
    return { items: queue.map(({ review }) => queueItemOf(review, this.settings.slaMs, now)) };
  }
}
