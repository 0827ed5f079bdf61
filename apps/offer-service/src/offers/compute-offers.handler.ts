import { Injectable } from '@nestjs/common';
import { DurableCommandHandler, type CommandHandler, type CommandOutcome } from '@los/common';
import { ComputeOffersCommand, EventType, MessagePattern, type CommandEnvelope, type OffersComputedEvent } from '@los/contracts';
import { ComputeOffersUseCase } from './usecases/compute-offers/compute-offers.usecase.js';

/**
 * `offer.cmd.compute-offers.v1`: stores the offer set of a verified application. The use case is idempotent on the
 * application (a valid stored set is answered again), so a re-driven command reports the same count.
 */
@Injectable()
@DurableCommandHandler(MessagePattern.ComputeOffers)
export class ComputeOffersHandler implements CommandHandler<ComputeOffersCommand> {
  readonly payloadClass = ComputeOffersCommand;

  constructor(private readonly computeOffers: ComputeOffersUseCase) {}

  async execute(command: ComputeOffersCommand, envelope: CommandEnvelope<ComputeOffersCommand>): Promise<CommandOutcome> {
    const reply = await this.computeOffers.execute(command, envelope.correlationId);
    const payload: OffersComputedEvent = {
      applicationId: command.applicationId,
      eligibleCount: reply.results.filter((result) => result.eligible).length,
    };
    return { type: EventType.OffersComputed, payload };
  }
}
