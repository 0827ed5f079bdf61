import { ApplicationStatus, PartnerStatus } from '@los/contracts';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export enum EmploymentType {
  Salaried = 'SALARIED',
  SelfEmployed = 'SELF_EMPLOYED',
}

/** The loan application record; money columns are DECIMAL and travel as strings, never floats. */
@Entity('applications')
@Index('uq_applications_owner_idempotency', ['ownerUserId', 'idempotencyKey'], { unique: true })
@Index('uq_applications_partner_reference', ['partnerCode', 'partnerReference'], { unique: true })
@Index('idx_applications_pan', ['pan'])
export class ApplicationEntity {
  @PrimaryColumn('char', { length: 36 }) id: string;
  @Column('char', { length: 36, name: 'owner_user_id' }) ownerUserId: string;
  @Column('varchar', { length: 32, name: 'channel_partner_code', nullable: true }) channelPartnerCode: string | null;
  @Column('varchar', { length: 32 }) status: ApplicationStatus;
  @Column('varchar', { length: 100, name: 'full_name' }) fullName: string;
  @Column('date') dob: string;
  @Column('char', { length: 10 }) mobile: string;
  @Column('varchar', { length: 254 }) email: string;
  @Column('char', { length: 10 }) pan: string;
  @Column('varchar', { length: 16, name: 'employment_type' }) employmentType: EmploymentType;
  @Column('decimal', { precision: 14, scale: 2, name: 'monthly_income' }) monthlyIncome: string;
  @Column('decimal', { precision: 14, scale: 2, name: 'existing_emi_monthly' }) existingEmiMonthly: string;
  @Column('char', { length: 6 }) pincode: string;
  @Column('varchar', { length: 60 }) city: string;
  @Column('varchar', { length: 60 }) state: string;
  @Column('decimal', { precision: 14, scale: 2, name: 'loan_amount' }) loanAmount: string;
  @Column('int', { name: 'tenure_months' }) tenureMonths: number;
  @Column('varchar', { length: 60 }) purpose: string;
  @Column('decimal', { precision: 14, scale: 2, name: 'sanctioned_amount', nullable: true }) sanctionedAmount: string | null;
  /** The accepted offer's amount, recorded with OFFER_ACCEPTED. */
  @Column('decimal', { precision: 14, scale: 2, name: 'accepted_amount', nullable: true }) acceptedAmount: string | null;
  /** The accepted offer and its lender, recorded with OFFER_ACCEPTED: evaluated by us, then submitted to that lender. */
  @Column('char', { length: 36, name: 'accepted_offer_id', nullable: true }) acceptedOfferId: string | null;
  @Column('varchar', { length: 32, name: 'accepted_partner_code', nullable: true }) acceptedPartnerCode: string | null;
  /** Document types our last referral asked for (comma-separated): one arriving in MANUAL_REVIEW evaluates it again. */
  @Column('varchar', { length: 200, name: 'documents_required', nullable: true }) documentsRequired: string | null;
  /** The accepted offer's KFS processing fee and GST on it, recorded with OFFER_ACCEPTED: netted off the payout. */
  @Column('decimal', { precision: 14, scale: 2, name: 'accepted_processing_fee', nullable: true }) acceptedProcessingFee: string | null;
  @Column('decimal', { precision: 14, scale: 2, name: 'accepted_gst_on_fees', nullable: true }) acceptedGstOnFees: string | null;
  @Column('boolean', { name: 'has_extra', default: false }) hasExtra: boolean;
  @Column('varchar', { length: 100, name: 'idempotency_key', nullable: true }) idempotencyKey: string | null;
  /** The lender of the accepted offer, its reference for this application and the last status it reported. */
  @Column('varchar', { length: 32, name: 'partner_code', nullable: true }) partnerCode: string | null;
  @Column('varchar', { length: 100, name: 'partner_reference', nullable: true }) partnerReference: string | null;
  @Column('varchar', { length: 32, name: 'partner_status', nullable: true }) partnerStatus: PartnerStatus | null;
  @Column('int', { default: 0 }) version: number;
  @Column('datetime', { precision: 3, name: 'created_at' }) createdAt: Date;
  @Column('datetime', { precision: 3, name: 'updated_at' }) updatedAt: Date;
}
