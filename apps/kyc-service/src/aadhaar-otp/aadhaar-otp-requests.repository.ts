import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import mongoose, { type Model } from 'mongoose';
import { isDuplicateKey } from '@los/common';
import { AadhaarCipher } from '../vault/aadhaar-cipher.js';
import { AadhaarOtpRequestRecord } from './aadhaar-otp-request.schema.js';

/** The OTP is sealed with the vault's key, bound to its request id: copied to another request it does not open. */
const sealingTokenOf = (otpRequestId: string) => `otp-request:${otpRequestId}`;

export interface OpenOtpRequest {
  applicationId: string;
  vaultToken: string;
  aadhaarLast4: string;
}

@Injectable()
export class AadhaarOtpRequests {
  constructor(
    @InjectModel(AadhaarOtpRequestRecord.name) private readonly records: Model<AadhaarOtpRequestRecord>,
    private readonly cipher: AadhaarCipher,
  ) {}

  /** False when another replica claimed this request id first (the unique index decides). */
  async claim(record: Omit<AadhaarOtpRequestRecord, 'sealedOtp' | 'txnId'>): Promise<boolean> {
    try {
      await this.records.create({ ...record, txnId: null, sealedOtp: null });
      return true;
    } catch (error) {
      if (isDuplicateKey(error)) return false;
      throw error;
    }
  }

  async markSent(otpRequestId: string, txnId: string): Promise<void> {
    await this.records.updateOne({ otpRequestId }, { $set: { txnId } }).exec();
  }

  async release(otpRequestId: string): Promise<void> {
    await this.records.deleteOne({ otpRequestId }).exec();
  }

  findById(otpRequestId: string): Promise<AadhaarOtpRequestRecord | null> {
    return this.records.findOne({ otpRequestId }).lean<AadhaarOtpRequestRecord>().exec();
  }

  /** Keeps the applicant's OTP with an unexpired request of this application; null when there is none. */
  async attachOtp(otpRequestId: string, applicationId: string, otp: string, now = new Date()): Promise<OpenOtpRequest | null> {
    const sealedOtp = this.cipher.seal(otp, sealingTokenOf(otpRequestId));
    const updated = await this.records
      .findOneAndUpdate(
        { otpRequestId, applicationId, txnId: mongoose.trusted({ $ne: null }), expiresAt: mongoose.trusted({ $gt: now }) },
        { $set: { sealedOtp } },
        { returnDocument: 'after' },
      )
      .lean<AadhaarOtpRequestRecord>()
      .exec();
    return updated ? { applicationId: updated.applicationId, vaultToken: updated.vaultToken, aadhaarLast4: updated.aadhaarLast4 } : null;
  }

  /** UIDAI's transaction and the applicant's OTP, while the request lives and has one. */
  async redeemable(otpRequestId: string, vaultToken: string, now = new Date()): Promise<{ txnId: string; otp: string } | null> {
    const record = await this.records
      .findOne({ otpRequestId, vaultToken, expiresAt: mongoose.trusted({ $gt: now }) })
      .lean<AadhaarOtpRequestRecord>()
      .exec();
    if (!record?.sealedOtp || !record.txnId) return null;
    return { txnId: record.txnId, otp: this.cipher.open(record.sealedOtp, sealingTokenOf(otpRequestId)) };
  }
}
