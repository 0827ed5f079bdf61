import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One KYC attempt of an application and the consent given for it (kept for audit). */
@Entity('kyc_submissions')
@Index('idx_kyc_submissions_application', ['applicationId', 'createdAt'])
export class KycSubmissionEntity {
  @PrimaryColumn('char', { length: 36, name: 'kyc_id' }) kycId: string;
  @Column('char', { length: 36, name: 'application_id' }) applicationId: string;
  @Column('char', { length: 36, name: 'command_id' }) commandId: string;
  @Column('varchar', { length: 16 }) status: string;
  @Column('int', { nullable: true }) score: number | null;
  @Column('int', { default: 0 }) revision: number;
  @Column('char', { length: 4, name: 'aadhaar_last4' }) aadhaarLast4: string;
  @Column('varchar', { length: 40, name: 'consent_text_version' }) consentTextVersion: string;
  @Column('datetime', { precision: 3, name: 'consent_at' }) consentAt: Date;
  @Column('char', { length: 36, name: 'submitted_by' }) submittedBy: string;
  @Column('datetime', { precision: 3, name: 'created_at' }) createdAt: Date;
  @Column('datetime', { precision: 3, name: 'completed_at', nullable: true }) completedAt: Date | null;
}
