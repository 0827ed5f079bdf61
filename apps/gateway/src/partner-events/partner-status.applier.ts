import { Injectable, Logger } from '@nestjs/common';
import { ApplicationStatus, formatMoney, forwardPath, type PartnerStatus } from '@los/contracts';
import type { EntityManager } from 'typeorm';
import { ApplicationEntity } from '../applications/application.entity.js';
import { ApplicationLifecycle } from '../applications/lifecycle/application-lifecycle.service.js';
import { ApplicationAttention } from '../applications/attention/application-attention.service.js';
import { AttentionCode } from '../applications/attention/attention-code.js';
import { PartnerEventOutcome } from './partner-event.entity.js';
import { applicationStatusFor, contradictsKnown, isOlderNews } from './partner-status-target.js';

export interface PartnerNews {
  status: PartnerStatus;
  /** Why, for the status log: the event or submission that brought the news. */
  reason: string;
  /** The amount the lender sanctioned, when its news names one (rupees). */
  sanctionedAmount?: string;
}

/**
 * Applies a lender's status to an application the caller has locked: walks it forward through the statuses in
 * between (each logged), records the lender's status, and leaves older news and closed applications as they are.
 * The lender's status only moves forward: news contradicting an outcome it reported (a failure after DISBURSED)
 * is kept, not applied, and put before a person as an attention item.
 */
@Injectable()
export class PartnerStatusApplier {
  private readonly logger = new Logger(PartnerStatusApplier.name);

  constructor(
    private readonly lifecycle: ApplicationLifecycle,
    private readonly attention: ApplicationAttention,
  ) {}

  async apply(manager: EntityManager, application: ApplicationEntity, news: PartnerNews): Promise<PartnerEventOutcome> {
    if (isOlderNews(news.status, application.partnerStatus)) return PartnerEventOutcome.Stale;
    if (contradictsKnown(news.status, application.partnerStatus)) {
      await this.attention.raise(manager, {
        applicationId: application.id,
        code: AttentionCode.PartnerStatusConflict,
        reason: `${application.partnerCode} reported ${news.status} after ${application.partnerStatus} (${news.reason})`,
      });
      this.logger.warn(
        { applicationId: application.id, partnerStatus: application.partnerStatus, reported: news.status },
        'Lender news contradicts its earlier outcome: kept, not applied',
      );
      return PartnerEventOutcome.Conflict;
    }
    const target = applicationStatusFor(news.status);
    const path = target && target !== application.status ? forwardPath(application.status, target) : [];
    if (path === null) {
      this.logger.warn(
        { applicationId: application.id, status: application.status, partnerStatus: news.status },
        'Lender status recorded without moving the application',
      );
    }
    // Written before the moves: what entering APPROVED sets off (disbursal) reads the sanctioned amount.
    const sanctionedAmount = path?.includes(ApplicationStatus.Approved) ? sanctionedAmountOf(application, news) : undefined;
    await manager.update(
      ApplicationEntity,
      { id: application.id },
      { partnerStatus: news.status, ...(sanctionedAmount ? { sanctionedAmount } : {}) },
    );
    let from = application.status;
    for (const to of path ?? []) {
      const moved = await this.lifecycle.transition(manager, {
        applicationId: application.id,
        expectedFrom: from,
        to,
        actor: `partner:${application.partnerCode}`,
        reason: news.reason,
      });
      // Entering a status may move the application on by itself (APPROVED with a verified account).
      from = moved?.status ?? to;
      if (from !== to) break;
    }
    application.status = from;
    application.partnerStatus = news.status;
    if (sanctionedAmount) application.sanctionedAmount = sanctionedAmount;
    return PartnerEventOutcome.Applied;
  }
}

/** Sanctioned on entering APPROVED: the lender's amount when it names one, else the accepted offer's. */
function sanctionedAmountOf(application: ApplicationEntity, news: PartnerNews): string | undefined {
  const amount = news.sanctionedAmount ?? application.acceptedAmount;
  return amount === null || amount === undefined ? undefined : formatMoney(amount);
}
