import { Injectable, Logger } from '@nestjs/common';
import { AadhaarVault } from '../vault/aadhaar-vault.service.js';
import type { IdentitySource, KycSubject, SourceReport } from './identity-source.js';
import { SourceCaller } from './source-caller.js';
import { addressOf, genderCode, text } from './source-fields.js';
import { redactObject } from './source-redaction.js';
import { errorReport, failedReport } from './source-report.js';

export const AADHAAR_OTP_PATH = '/v1/identity/aadhaar/otp';
export const AADHAAR_EKYC_PATH = '/v1/identity/aadhaar/ekyc';
// The sandbox accepts one fixed OTP. A live UIDAI integration takes the OTP the applicant received.
export const SANDBOX_AADHAAR_OTP = '123456';

/** Aadhaar OTP eKYC: asks for an OTP on the number, then trades the OTP for the demographic record. */
@Injectable()
export class AadhaarEkycSource implements IdentitySource {
  readonly name = 'AADHAAR' as const;
  private readonly logger = new Logger(AadhaarEkycSource.name);

  constructor(
    private readonly caller: SourceCaller,
    private readonly vault: AadhaarVault,
  ) {}

  async lookup(subject: KycSubject, round: number): Promise<SourceReport> {
    const attempts: SourceReport['attempts'] = [];
    const txnId = await this.requestOtp(subject.vaultToken, attempts, round);
    if (typeof txnId !== 'string') return txnId;

    const result = await this.caller.call(
      {
        source: this.name,
        step: 'ekyc',
        key: 'TXN',
        path: AADHAAR_EKYC_PATH,
        round,
        body: { txnId, otp: SANDBOX_AADHAAR_OTP },
      },
      attempts,
    );
    if (result.kind === 'NOT_FOUND') return errorReport(this.name, attempts, 'TXN_NOT_FOUND');
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
  private async requestOtp(vaultToken: string, attempts: SourceReport['attempts'], round: number): Promise<string | SourceReport> {
    let aadhaar: string;
    try {
      aadhaar = await this.vault.reveal(vaultToken);
    } catch (error) {
      this.logger.error({ error: (error as Error).name }, 'Aadhaar number could not be read from the vault');
      return errorReport(this.name, attempts, 'VAULT_UNREADABLE');
    }
    const result = await this.caller.call(
      {
        source: this.name,
        step: 'otp',
        key: 'AADHAAR',
        path: AADHAAR_OTP_PATH,
        round,
        body: { aadhaar },
      },
      attempts,
    );
    if (result.kind !== 'OK') return failedReport(this.name, attempts, result);
    const txnId = text(result.body.txnId);
    return txnId ?? errorReport(this.name, attempts, 'BAD_RESPONSE');
  }
}
