import { Module } from '@nestjs/common';
import { AadhaarOtpStoreModule } from '../aadhaar-otp/aadhaar-otp-store.module.js';
import { VaultModule } from '../vault/vault.module.js';
import { AadhaarEkycSource } from './aadhaar-ekyc.source.js';
import { CkycSource } from './ckyc.source.js';
import { IDENTITY_SOURCES, type IdentitySource } from './identity-source.js';
import { PanVerificationSource } from './pan-verification.source.js';
import { SourceCaller } from './source-caller.js';
import { FetchSourceHttp, SourceHttp } from './source-http.client.js';

@Module({
  imports: [VaultModule, AadhaarOtpStoreModule],
  providers: [
    { provide: SourceHttp, useClass: FetchSourceHttp },
    SourceCaller,
    PanVerificationSource,
    AadhaarEkycSource,
    CkycSource,
    {
      provide: IDENTITY_SOURCES,
      inject: [PanVerificationSource, AadhaarEkycSource, CkycSource],
      useFactory: (...sources: IdentitySource[]) => sources,
    },
  ],
  exports: [IDENTITY_SOURCES, AadhaarEkycSource],
})
export class SourcesModule {}
