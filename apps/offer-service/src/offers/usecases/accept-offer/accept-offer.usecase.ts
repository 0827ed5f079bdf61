import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppException, isDuplicateKey } from '@los/common';
import { ErrorCode, type AcceptOfferReply, type AcceptOfferRequest, type KeyFactStatement } from '@los/contracts';
import { MoreThan, type DataSource } from 'typeorm';
import { AuditAction, AuditEntityType } from '../../../audit/audit-action.constants.js';
import { recordAudit } from '../../../audit/audit-log.js';
import { PartnerRulesRepository } from '../../../partners/partner-rules.repository.js';
import { OfferAcceptanceEntity } from '../../entities/offer-acceptance.entity.js';
import { OfferEntity, OfferStatus } from '../../entities/offer.entity.js';
import { buildKeyFactStatement } from '../../kfs/kfs.builder.js';
import { storedKfsOf } from '../../kfs/stored-kfs.mapper.js';
import { OffersRepository } from '../../offers.repository.js';

// The request names no user; the gateway has already checked who may accept for the application.
const ACCEPTING_ACTOR = 'applicant';

/**
 * One acceptance per application: the acceptance row's primary key is the application, so of two
 * concurrent accepts only one inserts; the other answers as a repeat (same offer) or a 409.
 */
@Injectable()
export class AcceptOfferUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly offers: OffersRepository,
    private readonly partners: PartnerRulesRepository,
  ) {}

  async execute({ applicationId, offerId }: AcceptOfferRequest): Promise<AcceptOfferReply> {
    const offer = await this.offers.findOffer(offerId);
    if (!offer || offer.applicationId !== applicationId)
      throw new AppException(ErrorCode.OfferNotFound, 'No offer with this id belongs to the application');
    const existing = await this.offers.findAcceptance(applicationId);
    if (existing) return repeatOf(existing, offerId);
    const acceptedAt = new Date();
    if (offer.validUntil.getTime() <= acceptedAt.getTime()) throw expired();

    const kfs = await this.keyFactStatement(offer, acceptedAt);
    try {
      await this.dataSource.transaction(async (manager) => {
        await manager.insert(OfferAcceptanceEntity, { applicationId, offerId, kfs, acceptedAt });
        const updated = await manager.update(
          OfferEntity,
          { id: offerId, status: OfferStatus.Offered, validUntil: MoreThan(acceptedAt) },
          { status: OfferStatus.Accepted, acceptedAt },
        );
        if (updated.affected !== 1) throw expired();
        await recordAudit(manager, {
          actor: ACCEPTING_ACTOR,
          action: AuditAction.OfferAccepted,
          entityType: AuditEntityType.Offer,
          entityId: offerId,
          at: acceptedAt,
          details: { applicationId, partnerCode: offer.partnerCode, ruleVersion: offer.ruleVersion, amount: offer.amount },
        });
      });
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      const winner = await this.offers.findAcceptance(applicationId);
      if (!winner) throw error;
      return repeatOf(winner, offerId);
    }
    return { alreadyAccepted: false, kfs };
  }

  private async keyFactStatement(offer: OfferEntity, acceptedAt: Date): Promise<KeyFactStatement> {
    const [partner, version] = await Promise.all([
      this.partners.findPartner(offer.partnerCode),
      this.partners.findVersion(offer.partnerCode, offer.ruleVersion),
    ]);
    if (!partner || !version) throw new Error(`Offer ${offer.id} names a missing rule version`);
    return buildKeyFactStatement({ offer, lender: { code: partner.code, name: partner.name }, rules: version.rules, acceptedAt });
  }
}

function repeatOf(acceptance: OfferAcceptanceEntity, offerId: string): AcceptOfferReply {
  if (acceptance.offerId !== offerId) {
    throw new AppException(ErrorCode.OfferAlreadyAccepted, 'Another offer of this application has already been accepted');
  }
  return { alreadyAccepted: true, kfs: storedKfsOf(acceptance.kfs) };
}

function expired(): AppException {
  return new AppException(ErrorCode.OfferExpired, 'This offer has expired; compute offers again');
}
