import { Injectable } from '@nestjs/common';
import { CommandOutbox } from '@los/common';
import { MessagePattern, type ComputeOffersCommand } from '@los/contracts';
import type { EntityManager } from 'typeorm';
import type { ApplicationEntity } from '../application.entity.js';
import { AfterCommit } from './after-commit.js';

/**
 * Entering KYC_VERIFIED records `offer.cmd.compute-offers.v1` in the same transaction, whoever makes the move (a KYC
 * result, a reviewer): the application reaches OFFERS_READY or NO_OFFERS by itself, and reading offers changes nothing.
 */
@Injectable()
export class ComputeOffersTrigger {
  constructor(
    private readonly outbox: CommandOutbox,
    private readonly afterCommit: AfterCommit,
  ) {}

  async onKycVerified(manager: EntityManager, application: ApplicationEntity, correlationId: string): Promise<string> {
    const envelope = await this.outbox.record(manager, MessagePattern.ComputeOffers, computeOffersCommandOf(application), correlationId);
    this.afterCommit.run(manager, () => this.outbox.deliverRecorded(envelope));
    return envelope.commandId;
  }
}

/** The application's identity as the offer service needs it (money as the decimal strings the entity holds). */
export function computeOffersCommandOf(application: ApplicationEntity): ComputeOffersCommand {
  return {
    applicationId: application.id,
    applicant: {
      dob: application.dob,
      monthlyIncome: application.monthlyIncome,
      existingEmiMonthly: application.existingEmiMonthly,
      employmentType: application.employmentType,
      pincode: application.pincode,
      state: application.state,
      pan: application.pan,
    },
    loan: { amount: application.loanAmount, tenureMonths: application.tenureMonths },
  };
}
