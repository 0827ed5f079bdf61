import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One Aadhaar OTP an applicant asked UIDAI to send for an application, recorded before the call so
 * that refused and failed requests count against the limits too. The OTP itself lives only in kyc-service.
 */
@Entity('kyc_otp_requests')
@Index('idx_kyc_otp_requests_application', ['applicationId', 'createdAt'])
export class KycOtpRequestEntity {
  /** The otpRequestId the applicant gets back; kyc-service keeps UIDAI's transaction under it. */
  @PrimaryColumn('char', { length: 36 }) id: string;
  @Column('char', { length: 36, name: 'application_id' }) applicationId: string;
  @Column('char', { length: 36, name: 'requested_by' }) requestedBy: string;
  /** The KYC attempt that used it: one OTP, one attempt. */
  @Column('char', { length: 36, name: 'used_by_kyc_id', nullable: true }) usedByKycId: string | null;
  @Column('datetime', { precision: 3, name: 'created_at' }) createdAt: Date;
}
