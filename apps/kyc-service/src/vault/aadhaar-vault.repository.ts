import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { AadhaarVaultRecord } from './aadhaar-vault.schema.js';

/** Storage of vault records; `insert` rejects with code 11000 when the token or fingerprint exists. */
export abstract class VaultRecords {
  abstract findByFingerprint(fingerprint: string): Promise<AadhaarVaultRecord | null>;
  abstract findByToken(token: string): Promise<AadhaarVaultRecord | null>;
  abstract insert(record: AadhaarVaultRecord): Promise<void>;
}

@Injectable()
export class MongoVaultRecords extends VaultRecords {
  constructor(@InjectModel(AadhaarVaultRecord.name) private readonly records: Model<AadhaarVaultRecord>) {
    super();
  }

  findByFingerprint(fingerprint: string): Promise<AadhaarVaultRecord | null> {
    return this.records.findOne({ fingerprint }).lean<AadhaarVaultRecord>().exec();
  }

  findByToken(token: string): Promise<AadhaarVaultRecord | null> {
    return this.records.findOne({ token }).lean<AadhaarVaultRecord>().exec();
  }

  async insert(record: AadhaarVaultRecord): Promise<void> {
    await this.records.create(record);
  }
}
