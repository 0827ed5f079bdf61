import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { APP_CONFIG, type KycConfig } from '@los/common';
import { AadhaarCipher } from './aadhaar-cipher.js';
import { AadhaarKeyring } from './aadhaar-keyring.js';
import { MongoVaultRecords, VaultRecords } from './aadhaar-vault.repository.js';
import { AadhaarVaultRecord, AadhaarVaultRecordSchema } from './aadhaar-vault.schema.js';
import { AadhaarVault } from './aadhaar-vault.service.js';
import { VaultController } from './vault.controller.js';

@Module({
  imports: [MongooseModule.forFeature([{ name: AadhaarVaultRecord.name, schema: AadhaarVaultRecordSchema }])],
  controllers: [VaultController],
  providers: [
    // Built at module init: a bad key setting stops the service before it accepts any message.
    { provide: AadhaarKeyring, inject: [APP_CONFIG], useFactory: (config: KycConfig) => AadhaarKeyring.fromConfig(config) },
    { provide: AadhaarCipher, inject: [AadhaarKeyring], useFactory: (keyring: AadhaarKeyring) => new AadhaarCipher(keyring) },
    { provide: VaultRecords, useClass: MongoVaultRecords },
    AadhaarVault,
  ],
  exports: [AadhaarVault, AadhaarCipher],
})
export class VaultModule {}
