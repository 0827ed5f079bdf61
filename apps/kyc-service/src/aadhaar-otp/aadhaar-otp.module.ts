import { Module } from '@nestjs/common';
import { SourcesModule } from '../sources/sources.module.js';
import { VaultModule } from '../vault/vault.module.js';
import { AadhaarOtpStoreModule } from './aadhaar-otp-store.module.js';
import { AadhaarOtpController } from './aadhaar-otp.controller.js';
import { AadhaarOtpService } from './aadhaar-otp.service.js';

@Module({
  imports: [VaultModule, SourcesModule, AadhaarOtpStoreModule],
  controllers: [AadhaarOtpController],
  providers: [AadhaarOtpService],
})
export class AadhaarOtpModule {}
