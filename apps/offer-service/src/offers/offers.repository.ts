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

  /**
   * What an offer computation starts from, in one round trip: the accepted offer's id, if any, and the latest set.
   * Raw SQL: it runs once per computation, where the ORM's query building cost more than the query.
   */
  async findComputationStart(applicationId: string): Promise<{ acceptedOfferId: string | null; latest: OfferSetEntity | null }> {
    const [row] = await this.dataSource.query<OfferSetRow[]>(
      `SELECT (SELECT offer_id FROM offer_acceptances WHERE application_id = ?) AS accepted_offer_id, ${SET_COLUMNS}
       FROM (SELECT 1) AS one LEFT JOIN offer_sets s ON s.application_id = ? ORDER BY s.generation DESC LIMIT 1`,
      [applicationId, applicationId],
    );
    return { acceptedOfferId: row?.accepted_offer_id ?? null, latest: row?.id ? offerSetOf(row) : null };
  }

  /** Fails with a duplicate key when another computation stored this generation first. */
  async insertSet(set: OfferSetEntity, offers: OfferEntity[]): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO offer_sets (id, application_id, generation, bureau_score, inputs, results, computed_at, valid_until)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          set.id,
          set.applicationId,
          set.generation,
          set.bureauScore,
          JSON.stringify(set.inputs),
          JSON.stringify(set.results),
          set.computedAt,
          set.validUntil,
        ],
      );
      if (offers.length > 0) await manager.query(`INSERT INTO offers (${OFFER_COLUMNS.join(', ')}) VALUES ?`, [offers.map(offerValues)]);
    });
  }
}

interface OfferSetRow {
  accepted_offer_id: string | null;
  id: string | null;
  application_id: string;
  generation: number;
  bureau_score: number;
  inputs: string | OfferSetEntity['inputs'];
  results: string | OfferSetEntity['results'];
  computed_at: Date;
  valid_until: Date;
}

const SET_COLUMNS = ['id', 'application_id', 'generation', 'bureau_score', 'inputs', 'results', 'computed_at', 'valid_until']
  .map((column) => `s.${column}`)
  .join(', ');

/** MariaDB's JSON is LONGTEXT on the wire, so it arrives as text, as TypeORM would parse it. */
const json = <T>(value: string | T): T => (typeof value === 'string' ? (JSON.parse(value) as T) : value);

function offerSetOf(row: OfferSetRow): OfferSetEntity {
  return {
    id: row.id!,
    applicationId: row.application_id,
    generation: row.generation,
    bureauScore: row.bureau_score,
    inputs: json(row.inputs),
    results: json(row.results),
    computedAt: row.computed_at,
    validUntil: row.valid_until,
  };
}

const OFFER_COLUMNS = [
  'id',
  'offer_set_id',
  'application_id',
  'partner_code',
  'rule_version',
  'amount',
  'tenure_months',
  'annual_rate_percent',
  'emi',
  'processing_fee',
  'gst_percent',
  'gst_on_fees',
  'net_disbursed',
  'apr',
  'valid_until',
  'partner_quote_id',
  'status',
  'accepted_at',
  'created_at',
];

/** One row of `offers` in OFFER_COLUMNS order. */
const offerValues = (offer: OfferEntity) => [
  offer.id,
  offer.offerSetId,
  offer.applicationId,
  offer.partnerCode,
  offer.ruleVersion,
  offer.amount,
  offer.tenureMonths,
  offer.annualRatePercent,
  offer.emi,
  offer.processingFee,
  offer.gstPercent,
  offer.gstOnFees,
  offer.netDisbursed,
  offer.apr,
  offer.validUntil,
  offer.partnerQuoteId,
  offer.status,
  offer.acceptedAt,
  offer.createdAt,
];
