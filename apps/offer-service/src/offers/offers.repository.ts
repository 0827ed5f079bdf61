import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { DataSource, Repository } from 'typeorm';
import { OfferAcceptanceEntity } from './entities/offer-acceptance.entity.js';
import { OfferSetEntity } from './entities/offer-set.entity.js';
import { OfferEntity } from './entities/offer.entity.js';

@Injectable()
export class OffersRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(OfferSetEntity) private readonly sets: Repository<OfferSetEntity>,
    @InjectRepository(OfferEntity) private readonly offers: Repository<OfferEntity>,
    @InjectRepository(OfferAcceptanceEntity) private readonly acceptances: Repository<OfferAcceptanceEntity>,
  ) {}

  /** The latest set of the application (highest generation). */
  findLatestSet(applicationId: string): Promise<OfferSetEntity | null> {
    return this.sets.findOne({ where: { applicationId }, order: { generation: 'DESC' } });
  }

  findSet(id: string): Promise<OfferSetEntity | null> {
    return this.sets.findOneBy({ id });
  }

  findOffersOfSet(offerSetId: string): Promise<OfferEntity[]> {
    return this.offers.findBy({ offerSetId });
  }

  findOffer(id: string): Promise<OfferEntity | null> {
    return this.offers.findOneBy({ id });
  }

  findAcceptance(applicationId: string): Promise<OfferAcceptanceEntity | null> {
    return this.acceptances.findOneBy({ applicationId });
  }

  /** Fails with a duplicate key when another computation stored this generation first. */
  async insertSet(set: OfferSetEntity, offers: OfferEntity[]): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.insert(OfferSetEntity, set);
      if (offers.length > 0) await manager.insert(OfferEntity, offers);
    });
  }
}
