import { Injectable, Logger } from '@nestjs/common';
import { AppException } from '@los/common';
import { ErrorCode, type AadhaarOtpReply, type VaultAadhaarReply } from '@los/contracts';
import { AadhaarEkycSource } from '../sources/aadhaar-ekyc.source.js';
import { AadhaarVault } from '../vault/aadhaar-vault.service.js';
import { AadhaarOtpRequests } from './aadhaar-otp-requests.repository.js';

/** UIDAI keeps an OTP transaction ten minutes; the request lives as long. */
export const OTP_REQUEST_VALID_MS = 10 * 60_000;
/** How long a replica that lost the claim waits for the one asking UIDAI (its retries fit well inside). */
const CLAIM_WAIT_MS = 8_000;
const CLAIM_POLL_MS = 100;

/** The applicant's side of Aadhaar eKYC: UIDAI texts the holder an OTP, the applicant types it back. */
@Injectable()
export class AadhaarOtpService {
  private readonly logger = new Logger(AadhaarOtpService.name);

  constructor(
    private readonly vault: AadhaarVault,
    private readonly source: AadhaarEkycSource,
    private readonly requests: AadhaarOtpRequests,
  ) {}

  /**
   * Every replica receives the request: the one that claims its id asks UIDAI, the others answer what it
   * got, so one request is one text message to the holder.
   */
  async request(otpRequestId: string, applicationId: string, aadhaar: string): Promise<AadhaarOtpReply> {
    const { vaultToken, last4 } = await this.vault.store(aadhaar);
    const expiresAt = new Date(Date.now() + OTP_REQUEST_VALID_MS);
    if (!(await this.requests.claim({ otpRequestId, applicationId, vaultToken, aadhaarLast4: last4, expiresAt }))) {
      return this.awaitClaimed(otpRequestId, applicationId);
    }
    const sent = await this.source.sendOtp(vaultToken);
    if (sent.kind !== 'SENT') {
      await this.requests.release(otpRequestId);
      if (sent.kind === 'NOT_FOUND') throw new AppException(ErrorCode.InvalidAadhaar, 'UIDAI does not know this Aadhaar number');
      this.logger.warn({ applicationId, error: sent.error }, 'Aadhaar OTP could not be sent');
      throw new AppException(ErrorCode.UpstreamUnavailable, 'The Aadhaar OTP could not be sent; try again shortly');
    }
    await this.requests.markSent(otpRequestId, sent.txnId);
    return { otpRequestId, aadhaarLast4: last4, expiresAt: expiresAt.toISOString() };
  }

  private async awaitClaimed(otpRequestId: string, applicationId: string): Promise<AadhaarOtpReply> {
    for (let waited = 0; waited < CLAIM_WAIT_MS; waited += CLAIM_POLL_MS) {
      const record = await this.requests.findById(otpRequestId);
      // Gone: the claiming replica could not send and answers the caller itself with why; this one stays behind it.
      if (record && record.applicationId !== applicationId) break;
      if (record?.txnId) return { otpRequestId, aadhaarLast4: record.aadhaarLast4, expiresAt: record.expiresAt.toISOString() };
      await new Promise((resolve) => setTimeout(resolve, CLAIM_POLL_MS));
    }
    throw new AppException(ErrorCode.UpstreamUnavailable, 'The Aadhaar OTP could not be sent; try again shortly');
  }

  /** Keeps the OTP (sealed) for the eKYC call of the verify command; answers the vault token that command carries. */
  async confirm(applicationId: string, otpRequestId: string, otp: string): Promise<VaultAadhaarReply> {
    const open = await this.requests.attachOtp(otpRequestId, applicationId, otp);
    if (!open)
      throw new AppException(ErrorCode.KycOtpRequestInvalid, 'The Aadhaar OTP request is unknown or has expired; request a new OTP');
    return { vaultToken: open.vaultToken, last4: open.aadhaarLast4 };
  }
}
