import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AppException } from '@los/common';
import type { AadhaarEkycSource, OtpSendResult } from '../sources/aadhaar-ekyc.source.js';
import type { AadhaarVault } from '../vault/aadhaar-vault.service.js';
import type { AadhaarOtpRequests } from './aadhaar-otp-requests.repository.js';
import { AadhaarOtpService } from './aadhaar-otp.service.js';

const AADHAAR = '234567890124';

function sutWith(sent: OtpSendResult, open: object | null = null) {
  const created: object[] = [];
  const vault = { store: async () => ({ vaultToken: 'avt_1', last4: '0124' }) } as unknown as AadhaarVault;
  const source = {
    sendOtp: async (token: string) => (token === 'avt_1' ? sent : { kind: 'FAILED', error: 'WRONG_TOKEN' }),
  } as unknown as AadhaarEkycSource;
  const requests = {
    create: async (record: object) => void created.push(record),
    attachOtp: async () => open,
  } as unknown as AadhaarOtpRequests;
  return { sut: new AadhaarOtpService(vault, source, requests), created };
}
const coded = (code: string) => (error: unknown) => error instanceof AppException && error.code === code;

describe('AadhaarOtpService', () => {
  it("keeps UIDAI's transaction for the application under a new request id, never the number", async () => {
    const { sut, created } = sutWith({ kind: 'SENT', txnId: 'txn-1' });
    const reply = await sut.request('app-1', AADHAAR);
    assert.equal(reply.aadhaarLast4, '0124');
    assert.ok(Date.parse(reply.expiresAt) > Date.now());
    assert.equal(created.length, 1);
    assert.deepEqual(
      { ...created[0], expiresAt: undefined },
      {
        otpRequestId: reply.otpRequestId,
        applicationId: 'app-1',
        vaultToken: 'avt_1',
        aadhaarLast4: '0124',
        txnId: 'txn-1',
        expiresAt: undefined,
      },
    );
    assert.ok(!JSON.stringify(created).includes(AADHAAR));
  });

  it('refuses a number UIDAI does not know, and reports a source that is down, keeping nothing', async () => {
    const unknown = sutWith({ kind: 'NOT_FOUND' });
    await assert.rejects(unknown.sut.request('app-1', AADHAAR), coded('INVALID_AADHAAR'));
    const down = sutWith({ kind: 'FAILED', error: 'UPSTREAM_ERROR' });
    await assert.rejects(down.sut.request('app-1', AADHAAR), coded('UPSTREAM_UNAVAILABLE'));
    assert.equal(unknown.created.length + down.created.length, 0);
  });

  it('answers the vault token for a confirmed OTP, and KYC_OTP_REQUEST_INVALID when the request is not open', async () => {
    const open = sutWith({ kind: 'SENT', txnId: 't' }, { applicationId: 'app-1', vaultToken: 'avt_1', aadhaarLast4: '0124' });
    assert.deepEqual(await open.sut.confirm('app-1', 'req-1', '123456'), { vaultToken: 'avt_1', last4: '0124' });
    await assert.rejects(
      sutWith({ kind: 'SENT', txnId: 't' }, null).sut.confirm('app-1', 'req-1', '123456'),
      coded('KYC_OTP_REQUEST_INVALID'),
    );
  });
});
