import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AppException } from '@los/common';
import type { AadhaarEkycSource, OtpSendResult } from '../sources/aadhaar-ekyc.source.js';
import type { AadhaarVault } from '../vault/aadhaar-vault.service.js';
import type { AadhaarOtpRequestRecord } from './aadhaar-otp-request.schema.js';
import type { AadhaarOtpRequests } from './aadhaar-otp-requests.repository.js';
import { AadhaarOtpService } from './aadhaar-otp.service.js';

const AADHAAR = '234567890124';
const ID = '7d1d7c1e-2a6b-4f43-9f0e-1c2d3e4f5a6b';

/** In-memory requests shared by the replicas built on it, and a count of OTPs sent. */
function world(result: OtpSendResult, open: object | null = null) {
  const records = new Map<string, AadhaarOtpRequestRecord>();
  let sends = 0;
  const vault = { store: async () => ({ vaultToken: 'avt_1', last4: '0124' }) } as unknown as AadhaarVault;
  const source = {
    sendOtp: async (token: string) => {
      sends++;
      await new Promise((resolve) => setTimeout(resolve, 20));
      return token === 'avt_1' ? result : { kind: 'FAILED', error: 'WRONG_TOKEN' };
    },
  } as unknown as AadhaarEkycSource;
  const requests = {
    claim: async (record: AadhaarOtpRequestRecord) => {
      if (records.has(record.otpRequestId)) return false;
      records.set(record.otpRequestId, { ...record, txnId: null, sealedOtp: null });
      return true;
    },
    markSent: async (id: string, txnId: string) => void (records.get(id)!.txnId = txnId),
    release: async (id: string) => void records.delete(id),
    findById: async (id: string) => records.get(id) ?? null,
    attachOtp: async () => open,
  } as unknown as AadhaarOtpRequests;
  const replica = () => new AadhaarOtpService(vault, source, requests);
  return { replica, records, sends: () => sends };
}
const coded = (code: string) => (error: unknown) => error instanceof AppException && error.code === code;

describe('AadhaarOtpService', () => {
  it("keeps UIDAI's transaction under the gateway's request id, never the number", async () => {
    const { replica, records } = world({ kind: 'SENT', txnId: 'txn-1' });
    const reply = await replica().request(ID, 'app-1', AADHAAR);
    assert.deepEqual([reply.otpRequestId, reply.aadhaarLast4], [ID, '0124']);
    assert.ok(Date.parse(reply.expiresAt) > Date.now());
    const stored = records.get(ID)!;
    assert.deepEqual([stored.applicationId, stored.vaultToken, stored.txnId], ['app-1', 'avt_1', 'txn-1']);
    assert.ok(!JSON.stringify([...records.values()]).includes(AADHAAR));
  });

  it('sends one OTP when every replica receives the request, all answering the same', async () => {
    const { replica, sends } = world({ kind: 'SENT', txnId: 'txn-1' });
    const replies = await Promise.all([replica().request(ID, 'app-1', AADHAAR), replica().request(ID, 'app-1', AADHAAR)]);
    assert.equal(sends(), 1);
    assert.deepEqual(replies[0], replies[1]);
  });

  it('refuses a number UIDAI does not know, and reports a source that is down, keeping nothing', async () => {
    const unknown = world({ kind: 'NOT_FOUND' });
    await assert.rejects(unknown.replica().request(ID, 'app-1', AADHAAR), coded('INVALID_AADHAAR'));
    const down = world({ kind: 'FAILED', error: 'UPSTREAM_ERROR' });
    await assert.rejects(down.replica().request(ID, 'app-1', AADHAAR), coded('UPSTREAM_UNAVAILABLE'));
    assert.equal(unknown.records.size + down.records.size, 0);
  });

  it('answers the vault token for a confirmed OTP, and KYC_OTP_REQUEST_INVALID when the request is not open', async () => {
    const open = world({ kind: 'SENT', txnId: 't' }, { applicationId: 'app-1', vaultToken: 'avt_1', aadhaarLast4: '0124' });
    assert.deepEqual(await open.replica().confirm('app-1', ID, '123456'), { vaultToken: 'avt_1', last4: '0124' });
    await assert.rejects(world({ kind: 'SENT', txnId: 't' }).replica().confirm('app-1', ID, '123456'), coded('KYC_OTP_REQUEST_INVALID'));
  });
});
