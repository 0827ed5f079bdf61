import { Injectable, Logger } from '@nestjs/common';
import { AadhaarOtpRequests } from '../aadhaar-otp/aadhaar-otp-requests.repository.js';
import { AadhaarVault } from '../vault/aadhaar-vault.service.js';
import type { IdentitySource, KycSubject, SourceReport } from './identity-source.js';
import { SourceCaller } from './source-caller.js';
import { addressOf, genderCode, text } from './source-fields.js';
import { redactObject } from './source-redaction.js';
import { errorReport, failedReport } from './source-report.js';

export const AADHAAR_OTP_PATH = '/v1/identity/aadhaar/otp';
export const AADHAAR_EKYC_PATH = '/v1/identity/aadhaar/ekyc';
/** UIDAI's answer to a wrong OTP, and the reason the check then fails with. */
const UIDAI_INVALID_OTP = 'INVALID_OTP';
export const AADHAAR_OTP_INVALID = 'AADHAAR_OTP_INVALID';

export type OtpSendResult = { kind: 'SENT'; txnId: string } | { kind: 'NOT_FOUND' } | { kind: 'FAILED'; error: string };

/**
 * Aadhaar OTP eKYC in two steps, as UIDAI runs it: `sendOtp` has UIDAI text the holder an OTP (the
 * applicant's OTP request); `lookup` trades the OTP the applicant typed for the demographic record.
 */
@Injectable()
export class AadhaarEkycSource implements IdentitySource {
  readonly name = 'AADHAAR' as const;
  private readonly logger = new Logger(AadhaarEkycSource.name);

  constructor(
    private readonly caller: SourceCaller,
    private readonly vault: AadhaarVault,
    private readonly otpRequests: AadhaarOtpRequests,
  ) {}

  async lookup(subject: KycSubject, round: number): Promise<SourceReport> {
    const attempts: SourceReport['attempts'] = [];
    if (!subject.otpRequestId) return errorReport(this.name, attempts, 'AADHAAR_OTP_MISSING');
    const redeemable = await this.otpRequests.redeemable(subject.otpRequestId, subject.vaultToken);
    if (!redeemable) return errorReport(this.name, attempts, 'AADHAAR_OTP_EXPIRED');
    const { txnId, otp } = redeemable;

    const result = await this.caller.call(
      {
        source: this.name,
        step: 'ekyc',
        key: 'TXN',
        path: AADHAAR_EKYC_PATH,
        round,
        body: { txnId, otp },
      },
      attempts,
    );
    if (result.kind === 'NOT_FOUND') return errorReport(this.name, attempts, 'TXN_NOT_FOUND');
    if (result.kind === 'REJECTED' && result.error === UIDAI_INVALID_OTP) return errorReport(this.name, attempts, AADHAAR_OTP_INVALID);
    if (result.kind !== 'OK') return failedReport(this.name, attempts, result);

    const { body } = result;
    const name = text(body.name);
    if (!name) return errorReport(this.name, attempts, 'BAD_RESPONSE');
    return {
      source: this.name,
      status: 'OK',
      attempts,
      lastError: null,
      record: { name, dob: text(body.dob), gender: genderCode(body.gender), address: addressOf(body.address) },
      facts: {},
      raw: redactObject(body),
    };
  }

  /** The number leaves the vault only for this request; it is never kept, logged or returned. */
  async sendOtp(vaultToken: string): Promise<OtpSendResult> {
    const attempts: SourceReport['attempts'] = [];
    let aadhaar: string;
    try {
      aadhaar = await this.vault.reveal(vaultToken);
    } catch (error) {
      this.logger.error({ error: (error as Error).name }, 'Aadhaar number could not be read from the vault');
      return { kind: 'FAILED', error: 'VAULT_UNREADABLE' };
    }
    const result = await this.caller.call(
      {
        source: this.name,
        step: 'otp',
        key: 'AADHAAR',
        path: AADHAAR_OTP_PATH,
        round: 0,
        body: { aadhaar },
      },
      attempts,
    );
    if (result.kind === 'NOT_FOUND') return { kind: 'NOT_FOUND' };
    if (result.kind !== 'OK') return { kind: 'FAILED', error: result.error };
    const txnId = text(result.body.txnId);
    return txnId ? { kind: 'SENT', txnId } : { kind: 'FAILED', error: 'BAD_RESPONSE' };
  }
}
