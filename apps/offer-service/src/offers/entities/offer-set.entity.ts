import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** How one partner answered, in the order the reply lists them. */
export interface StoredPartnerResult {
  partnerCode: string;
  partnerName: string;
  ruleVersion: number;
  eligible: boolean;
  reasons: string[];
  offerId?: string;
}

/** What the evaluation saw, for audit; never the PAN. */
export interface OfferSetInputs {
  monthlyIncome: string;
  existingEmiMonthly: string;
  employmentType: string;
  pincode: string;
  state: string;
  ageYears: number;
  loan: { amount: string; tenureMonths: number };
}

/**
 * One evaluation of an application against every active partner. `(application_id, generation)` is
 * unique: of two concurrent computations only one can store generation n, the other reads it back.
 */
@Entity('offer_sets')
@Index('uq_offer_sets_application_generation', ['applicationId', 'generation'], { unique: true })
export class OfferSetEntity {
  @PrimaryColumn('char', { length: 36 }) id: string;
  @Column('char', { length: 36, name: 'application_id' }) applicationId: string;
  @Column('int') generation: number;
  @Column('smallint', { name: 'bureau_score' }) bureauScore: number;
  @Column('json') inputs: OfferSetInputs;
  @Column('json') results: StoredPartnerResult[];
  @Column('datetime', { precision: 3, name: 'computed_at' }) computedAt: Date;
  /** Served again until then: its earliest offer expiry, or without offers the shortest validity evaluated. */
  @Column('datetime', { precision: 3, name: 'valid_until' }) validUntil: Date;
}
