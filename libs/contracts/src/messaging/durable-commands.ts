import { IsOptional, IsString } from 'class-validator';
import { ServiceName } from '../service-name.js';
import { EventType, MessagePattern } from './message-patterns.js';

/** The event a receiver reports when it refuses a command outright (a domain error): one per command. */
export const failureEventOf = (pattern: string) => `${pattern}.failed`;

/** Payload of a failure event; the stable code travels as the event's `failureCode`. */
export class CommandFailure {
  @IsOptional() @IsString() message?: string;
}

/** Who handles a durable command, who may send it, and which result events it reports besides its failure event. */
export interface DurableCommandRoute {
  receiver: ServiceName;
  senders: readonly ServiceName[];
  results: readonly EventType[];
}

/** Durable command routes by pattern. */
export type DurableCatalogue = Readonly<Partial<Record<string, DurableCommandRoute>>>;

/**
 * Every durable command of the suite. Each service checks its handlers and `reportsTo` against this at boot,
 * so a command nobody answers (or whose failure nobody sees) cannot be deployed.
 */
export const DURABLE_COMMANDS: DurableCatalogue = {
  [MessagePattern.KycProbe]: { receiver: ServiceName.Kyc, senders: [ServiceName.Gateway], results: [EventType.KycProbeCompleted] },
  [MessagePattern.KycVerify]: { receiver: ServiceName.Kyc, senders: [ServiceName.Gateway], results: [EventType.KycCompleted] },
  [MessagePattern.ComputeOffers]: {
    receiver: ServiceName.Offer,
    senders: [ServiceName.Gateway],
    results: [EventType.OffersComputed],
  },
  [MessagePattern.SubmitToPartner]: {
    receiver: ServiceName.Disbursal,
    senders: [ServiceName.Gateway],
    results: [EventType.PartnerSubmission],
  },
  [MessagePattern.UnderwritingEvaluate]: {
    receiver: ServiceName.Underwriting,
    senders: [ServiceName.Gateway],
    results: [EventType.UnderwritingDecided],
  },
  [MessagePattern.Disburse]: {
    receiver: ServiceName.Disbursal,
    senders: [ServiceName.Gateway],
    results: [EventType.DisbursalUpdated],
  },
  [MessagePattern.DisbursalVerifyBankAccount]: {
    receiver: ServiceName.Disbursal,
    senders: [ServiceName.Gateway],
    results: [EventType.BankAccountVerified],
  },
};
