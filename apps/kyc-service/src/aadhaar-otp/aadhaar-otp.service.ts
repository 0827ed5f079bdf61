import { Injectable, Logger } from '@nestjs/common';
import { AppException } from '@los/common';
import { ErrorCode, type AadhaarOtpReply, type VaultAadhaarReply } from '@los/contracts';
import { randomUUID } from 'node:crypto';
import { AadhaarEkycSource } from '../sources/aadhaar-ekyc.source.js';
import { AadhaarVault } from '../vault/aadhaar-vault.service.js';
import { AadhaarOtpRequests } from './aadhaar-otp-requests.repository.js';

/** UIDAI keeps an OTP transaction ten minutes; the request lives as long. */
export const OTP_REQUEST_VALID_MS = 10 * 60_000;

/** The applicant's side of Aadhaar eKYC: UIDAI texts the holder an OTP, the applicant types it back. */
@Injectable()
export class AadhaarOtpService {
  private readonly logger = new Logger(AadhaarOtpService.name);

  constructor(
    private readonly vault: AadhaarVault,
    private readonly source: AadhaarEkycSource,
    private readonly requests: AadhaarOtpRequests,
  ) {}

  async request(applicationId: string, aadhaar: string): Promise<AadhaarOtpReply> {
    const { vaultToken, last4 } = await this.vault.store(aadhaar);
    const sent = await this.source.sendOtp(vaultToken);
    if (sent.kind === 'NOT_FOUND') throw new AppException(ErrorCode.InvalidAadhaar, 'UIDAI does not know this Aadhaar number');
    if (sent.kind === 'FAILED') {
      this.logger.warn({ applicationId, error: sent.error }, 'Aadhaar OTP could not be sent');
      throw new AppException(ErrorCode.UpstreamUnavailable, 'The Aadhaar OTP could not be sent; try again shortly');
    }
    const otpRequestId = randomUUID();
    const expiresAt = new Date(Date.now() + OTP_REQUEST_VALID_MS);
    await this.requests.create({ otpRequestId, applicationId, vaultToken, aadhaarLast4: last4, txnId: sent.txnId, expiresAt });
    return { otpRequestId, aadhaarLast4: last4, expiresAt: expiresAt.toISOString() };
  }

  /** Keeps the OTP (sealed) for the eKYC call of the verify command; answers the vault token that command carries. */
  async confirm(applicationId: string, otpRequestId: string, otp: string): Promise<VaultAadhaarReply> {
    const open = await this.requests.attachOtp(otpRequestId, applicationId, otp);
    if (!open)
      throw new AppException(ErrorCode.KycOtpRequestInvalid, 'The Aadhaar OTP request is unknown or has expired; request a new OTP');
    return { vaultToken: open.vaultToken, last4: open.aadhaarLast4 };
  }
}
