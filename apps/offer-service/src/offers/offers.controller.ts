import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { CommandInbox, parseMessage } from '@los/common';
import {
  AcceptedOfferRequest,
  AcceptOfferRequest,
  OfferSetRequest,
  ComputeOffersRequest,
  KfsRequest,
  MessagePattern as Pattern,
  QueryEnvelope,
  type AcceptedOfferReply,
  type AcceptOfferReply,
  type ComputeOffersReply,
  type KeyFactStatement,
} from '@los/contracts';
import { AcceptOfferUseCase } from './usecases/accept-offer/accept-offer.usecase.js';
import { GetAcceptedOfferUseCase } from './usecases/get-accepted-offer/get-accepted-offer.usecase.js';
import { ComputeOffersUseCase } from './usecases/compute-offers/compute-offers.usecase.js';
import { GetKfsUseCase } from './usecases/get-kfs/get-kfs.usecase.js';
import { GetOfferSetUseCase } from './usecases/get-offer-set/get-offer-set.usecase.js';

@Controller()
export class OffersController {
  constructor(
    private readonly computeOffers: ComputeOffersUseCase,
    private readonly acceptOffer: AcceptOfferUseCase,
    private readonly getKfs: GetKfsUseCase,
    private readonly getOfferSet: GetOfferSetUseCase,
    private readonly getAcceptedOffer: GetAcceptedOfferUseCase,
    private readonly inbox: CommandInbox,
  ) {}

  /** The durable path: recorded once by command id, computed by `ComputeOffersHandler`. */
  @MessagePattern(Pattern.ComputeOffers)
  acceptCompute(@Payload() message: unknown) {
    return this.inbox.accept(message);
  }

  @MessagePattern(Pattern.OfferSet)
  offerSet(@Payload() message: unknown): Promise<ComputeOffersReply> {
    const { payload } = parseMessage(QueryEnvelope, message);
    return this.getOfferSet.execute(parseMessage(OfferSetRequest, payload).applicationId);
  }

  @MessagePattern(Pattern.OfferCompute)
  compute(@Payload() message: unknown): Promise<ComputeOffersReply> {
    const { payload, correlationId } = parseMessage(QueryEnvelope, message);
    return this.computeOffers.execute(parseMessage(ComputeOffersRequest, payload), correlationId);
  }

  @MessagePattern(Pattern.OfferAccept)
  accept(@Payload() message: unknown): Promise<AcceptOfferReply> {
    const { payload } = parseMessage(QueryEnvelope, message);
    return this.acceptOffer.execute(parseMessage(AcceptOfferRequest, payload));
  }

  @MessagePattern(Pattern.OfferKfs)
  kfs(@Payload() message: unknown): Promise<KeyFactStatement> {
    const { payload } = parseMessage(QueryEnvelope, message);
    return this.getKfs.execute(parseMessage(KfsRequest, payload).applicationId);
  }

  @MessagePattern(Pattern.OfferAccepted)
  acceptedOffer(@Payload() message: unknown): Promise<AcceptedOfferReply> {
    const { payload } = parseMessage(QueryEnvelope, message);
    return this.getAcceptedOffer.execute(parseMessage(AcceptedOfferRequest, payload).applicationId);
  }
}
