import { Injectable } from '@nestjs/common';
import { IdentitySourceException } from '../identity-source.exception.js';
import { IdentitySource } from '../identity-source.js';
import { IdentityRegistryService } from '../registry/identity-registry.service.js';
import { renderName } from '../registry/name-variation.generator.js';
import { nameShownBy } from '../registry/source-name.mapper.js';
import { chooseAddressStyle } from '../registry/variation-choice.policy.js';
import type { EkycView } from './ekyc.view.js';
import { OtpTransactionsStore } from './otp-transactions.store.js';
import { toUidaiAddress } from './uidai-address.mapper.js';

@Injectable()
export class AadhaarEkycService {
  constructor(
    private readonly registry: IdentityRegistryService,
    private readonly transactions: OtpTransactionsStore,
  ) {}

  requestOtp(aadhaar: string): { txnId: string } {
    if (!this.registry.findByAadhaar(aadhaar)) throw IdentitySourceException.notFound('No such Aadhaar number');
    return { txnId: this.transactions.open(aadhaar) };
  }

  submitOtp(txnId: string, otp: string): EkycView {
    const redeemed = this.transactions.redeem(txnId, otp);
    if (redeemed.outcome === 'wrong_otp') throw IdentitySourceException.invalidOtp();
    const record = redeemed.outcome === 'verified' ? this.registry.findByAadhaar(redeemed.aadhaar) : null;
    if (!record) throw IdentitySourceException.notFound('Unknown or expired transaction');
    return {
      name: renderName(nameShownBy(IdentitySource.Aadhaar, record)),
      dob: record.person.dob,
      gender: record.person.gender,
      address: toUidaiAddress(record.aadhaarAddress ?? record.person.address, chooseAddressStyle(record)),
    };
  }
}
