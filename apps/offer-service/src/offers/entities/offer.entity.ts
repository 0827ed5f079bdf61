import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export enum OfferStatus {
  Offered = 'OFFERED',
  Accepted = 'ACCEPTED',
}

/** One partner's offer with every term as priced; money is DECIMAL, read as strings. */
@Entity('offers')
@Index('idx_offers_application', ['applicationId'])
export class OfferEntity {
  @PrimaryColumn('char', { length: 36 }) id: string;
  @Column('char', { length: 36, name: 'offer_set_id' }) offerSetId: string;
  @Column('char', { length: 36, name: 'application_id' }) applicationId: string;
  @Column('varchar', { length: 32, name: 'partner_code' }) partnerCode: string;
  @Column('int', { name: 'rule_version' }) ruleVersion: number;
  @Column('decimal', { precision: 14, scale: 2 }) amount: string;
  @Column('int', { name: 'tenure_months' }) tenureMonths: number;
  @Column('decimal', { precision: 7, scale: 4, name: 'annual_rate_percent' }) annualRatePercent: string;
  @Column('decimal', { precision: 14, scale: 2 }) emi: string;
  @Column('decimal', { precision: 14, scale: 2, name: 'processing_fee' }) processingFee: string;
  @Column('decimal', { precision: 7, scale: 4, name: 'gst_percent' }) gstPercent: string;
  @Column('decimal', { precision: 14, scale: 2, name: 'gst_on_fees' }) gstOnFees: string;
  @Column('decimal', { precision: 14, scale: 2, name: 'net_disbursed' }) netDisbursed: string;
  @Column('decimal', { precision: 9, scale: 2 }) apr: string;
  @Column('datetime', { precision: 3, name: 'valid_until' }) validUntil: Date;
  /** The lender's own id of a live quote, sent back on submission; null for rule-priced offers. */
  @Column('varchar', { length: 100, name: 'partner_quote_id', nullable: true }) partnerQuoteId: string | null;
  @Column('varchar', { length: 16 }) status: OfferStatus;
  @Column('datetime', { precision: 3, name: 'accepted_at', nullable: true }) acceptedAt: Date | null;
  @Column('datetime', { precision: 3, name: 'created_at' }) createdAt: Date;
}
