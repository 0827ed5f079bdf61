import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { VaultModule } from '../vault/vault.module.js';
import { AadhaarOtpRequestRecord, AadhaarOtpRequestSchema } from './aadhaar-otp-request.schema.js';
import { AadhaarOtpRequests } from './aadhaar-otp-requests.repository.js';

@Module({
  imports: [VaultModule, MongooseModule.forFeature([{ name: AadhaarOtpRequestRecord.name, schema: AadhaarOtpRequestSchema }])],
  providers: [AadhaarOtpRequests],
  exports: [AadhaarOtpRequests],
})
export class AadhaarOtpStoreModule {}
