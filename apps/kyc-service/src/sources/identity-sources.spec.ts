import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { AadhaarOtpRequests } from '../aadhaar-otp/aadhaar-otp-requests.repository.js';
import type { AadhaarVault } from '../vault/aadhaar-vault.service.js';
import { AADHAAR_EKYC_PATH, AADHAAR_OTP_PATH, AadhaarEkycSource } from './aadhaar-ekyc.source.js';
import { CKYC_DOWNLOAD_PATH, CKYC_SEARCH_PATH, CkycSource } from './ckyc.source.js';
import type { KycSubject } from './identity-source.js';
import { PAN_VERIFY_PATH, PanVerificationSource } from './pan-verification.source.js';
import { SOURCE_RETRY_POLICY } from './retry-policy.js';
import { SourceCaller } from './source-caller.js';
import { FakeClock, reply, ScriptedHttp, type Scripted } from './source-test-doubles.js';

const AADHAAR = '234567890124';
const subject: KycSubject = {
  pan: 'ABCPE1234F',
  fullName: 'Rajesh Kumar Sharma',
  dob: '1985-08-15',
  gender: 'M',
  address: { line1: '12 MG Road', city: 'Pune', state: 'Maharashtra', pincode: '411001' },
  vaultToken: 'avt_token',
  ckycNumber: null,
  otpRequestId: 'otp-request-1',
};
const vault = { reveal: async (token: string) => (token === 'avt_token' ? AADHAAR : Promise.reject(new Error('gone'))) } as AadhaarVault;
const otpRequests = {
  redeemable: async (id: string, token: string) =>
    id === 'otp-request-1' && token === 'avt_token' ? { txnId: 'txn-secret-1', otp: '482913' } : null,
} as unknown as AadhaarOtpRequests;

function sourcesWith(scripts: Record<string, Scripted[]>) {
  const http = new ScriptedHttp(scripts);
  const caller = new SourceCaller(http, SOURCE_RETRY_POLICY, new FakeClock());
  return {
    http,
    pan: new PanVerificationSource(caller),
    aadhaar: new AadhaarEkycSource(caller, vault, otpRequests),
    ckyc: new CkycSource(caller),
  };
}

const DOWNLOAD = {
  ckycNumber: '12345678901234',
  prefix: 'MR',
  firstName: 'RAJESH',
  middleName: 'KUMAR',
  lastName: 'SHARMA',
  fatherName: 'SURESH SHARMA',
  dob: '1985-08-15',
  gender: 'M',
  address: { line1: '12 M.G. Rd', city: 'Pune', state: 'Maharashtra', pincode: '411001' },
};

describe('PanVerificationSource', () => {
  it('sends the PAN, name and date of birth, and keeps the PAN masked in what it stores', async () => {
    const { http, pan } = sourcesWith({
      [PAN_VERIFY_PATH]: [
        reply(200, { pan: 'ABCPE1234F', status: 'VALID', nameOnPan: 'RAJESH K SHARMA', dobMatch: true, aadhaarSeeded: true }),
      ],
    });
    const report = await pan.lookup(subject, 0);
    assert.deepEqual(http.calls, [{ path: PAN_VERIFY_PATH, body: { pan: 'ABCPE1234F', name: 'Rajesh Kumar Sharma', dob: '1985-08-15' } }]);
    assert.equal(report.status, 'OK');
    assert.deepEqual(report.facts, { panStatus: 'VALID', dobMatch: true, aadhaarSeeded: true });
    assert.equal(report.record?.name, 'RAJESH K SHARMA');
    assert.equal(report.raw?.pan, 'AB******4F');
  });

  it('reports 404 as not found and a malformed answer as an error', async () => {
    assert.equal(
      (await sourcesWith({ [PAN_VERIFY_PATH]: [reply(404, { code: 'NOT_FOUND' })] }).pan.lookup(subject, 0)).status,
      'NOT_FOUND',
    );
    const bad = await sourcesWith({ [PAN_VERIFY_PATH]: [reply(200, { status: 'VALID' })] }).pan.lookup(subject, 0);
    assert.deepEqual([bad.status, bad.lastError], ['ERROR', 'BAD_RESPONSE']);
  });
});

describe('AadhaarEkycSource', () => {
  const ekyc = {
    name: 'Rajesh Kumar Sharma',
    dob: '1985-08-15',
    gender: 'MALE',
    address: { house: '12', street: 'MG Road', locality: 'Camp', city: 'Pune', district: 'Pune', state: 'Maharashtra', pincode: '411001' },
  };

  it('has UIDAI send the OTP to the vaulted number, answering its transaction', async () => {
    const { http, aadhaar } = sourcesWith({
      [AADHAAR_OTP_PATH]: [reply(503, { code: 'UPSTREAM_ERROR' }), reply(200, { txnId: 'txn-secret-1' })],
    });
    assert.deepEqual(await aadhaar.sendOtp('avt_token'), { kind: 'SENT', txnId: 'txn-secret-1' });
    assert.deepEqual(
      http.calls.map((call) => call.body),
      [{ aadhaar: AADHAAR }, { aadhaar: AADHAAR }],
    );
  });

  it('reports an unknown number, a source that stays down, and a vault failure without calling out', async () => {
    assert.deepEqual(await sourcesWith({ [AADHAAR_OTP_PATH]: [reply(404, {})] }).aadhaar.sendOtp('avt_token'), { kind: 'NOT_FOUND' });
    const down = await sourcesWith({ [AADHAAR_OTP_PATH]: Array(5).fill(reply(503, { code: 'UPSTREAM_ERROR' })) }).aadhaar.sendOtp(
      'avt_token',
    );
    assert.deepEqual(down, { kind: 'FAILED', error: 'UPSTREAM_ERROR' });
    const { http, aadhaar } = sourcesWith({});
    assert.deepEqual(await aadhaar.sendOtp('avt_other'), { kind: 'FAILED', error: 'VAULT_UNREADABLE' });
    assert.equal(http.calls.length, 0);
  });

  it("trades the transaction and the applicant's OTP for the record, keeping neither", async () => {
    const { http, aadhaar } = sourcesWith({
      [AADHAAR_EKYC_PATH]: [reply(503, { code: 'UPSTREAM_ERROR' }), reply(200, { ...ekyc, txnId: 'txn-secret-1' })],
    });
    const report = await aadhaar.lookup(subject, 0);
    assert.deepEqual(
      http.calls.map((call) => call.body),
      [
        { txnId: 'txn-secret-1', otp: '482913' },
        { txnId: 'txn-secret-1', otp: '482913' },
      ],
    );
    assert.equal(report.status, 'OK');
    assert.deepEqual(
      report.attempts.map((a) => [a.step, a.key, a.outcome]),
      [
        ['ekyc', 'TXN', 'UPSTREAM_ERROR'],
        ['ekyc', 'TXN', 'OK'],
      ],
    );
    assert.deepEqual(report.record, {
      name: 'Rajesh Kumar Sharma',
      dob: '1985-08-15',
      gender: 'M',
      address: { line1: '12, MG Road', line2: 'Camp', city: 'Pune', state: 'Maharashtra', pincode: '411001' },
    });
    assert.doesNotMatch(JSON.stringify(report), new RegExp(`${AADHAAR}|txn-secret-1|482913`));
  });

  it('reports a refused OTP as AADHAAR_OTP_INVALID, and a missing or expired OTP request without calling out', async () => {
    const refused = await sourcesWith({ [AADHAAR_EKYC_PATH]: [reply(401, { code: 'INVALID_OTP' })] }).aadhaar.lookup(subject, 0);
    assert.deepEqual([refused.status, refused.lastError], ['ERROR', 'AADHAAR_OTP_INVALID']);
    const { http, aadhaar } = sourcesWith({});
    const missing = await aadhaar.lookup({ ...subject, otpRequestId: null }, 0);
    const expired = await aadhaar.lookup({ ...subject, otpRequestId: 'otp-request-2' }, 0);
    assert.deepEqual([missing.lastError, expired.lastError, http.calls.length], ['AADHAAR_OTP_MISSING', 'AADHAAR_OTP_EXPIRED', 0]);
  });
});

describe('CkycSource', () => {
  it('searches by PAN, then downloads by the KYC number and date of birth it found', async () => {
    const { http, ckyc } = sourcesWith({
      [CKYC_SEARCH_PATH]: [reply(200, { results: [{ ckycNumber: '12345678901234', name: 'RAJESH SHARMA', dob: '1985-08-15' }] })],
      [CKYC_DOWNLOAD_PATH]: [reply(200, DOWNLOAD)],
    });
    const report = await ckyc.lookup(subject, 0);
    assert.deepEqual(http.calls, [
      { path: CKYC_SEARCH_PATH, body: { pan: 'ABCPE1234F' } },
      { path: CKYC_DOWNLOAD_PATH, body: { ckycNumber: '12345678901234', dob: '1985-08-15' } },
    ]);
    assert.deepEqual(report.facts, { ckycNumber: '12345678901234', foundBy: 'PAN' });
    assert.equal(report.record?.name, 'RAJESH KUMAR SHARMA');
  });

  it('falls back to name and date of birth when the PAN is not found, without retrying the 404', async () => {
    const { http, ckyc } = sourcesWith({
      [CKYC_SEARCH_PATH]: [
        reply(404, { code: 'NOT_FOUND' }),
        reply(200, {
          results: [
            { ckycNumber: '99999999999990', name: 'MEENA DEVI', dob: '1985-08-15' },
            { ckycNumber: '12345678901234', name: 'RAJESH KUMAR SHARMA', dob: '1985-08-15' },
          ],
        }),
      ],
      [CKYC_DOWNLOAD_PATH]: [reply(200, DOWNLOAD)],
    });
    const report = await ckyc.lookup(subject, 0);
    assert.deepEqual(
      http.calls.map((call) => call.body),
      [{ pan: 'ABCPE1234F' }, { name: 'Rajesh Kumar Sharma', dob: '1985-08-15' }, { ckycNumber: '12345678901234', dob: '1985-08-15' }],
    );
    assert.deepEqual(
      report.attempts.map((a) => [a.key, a.outcome]),
      [
        ['PAN', 'NOT_FOUND'],
        ['NAME_DOB', 'OK'],
        ['CKYC_NUMBER', 'OK'],
      ],
    );
    assert.equal(report.facts.foundBy, 'NAME_DOB');
  });

  it('is not found when neither key finds anyone, and unavailable (no fallback) when the search is down', async () => {
    const none = await sourcesWith({ [CKYC_SEARCH_PATH]: [reply(404, {})] }).ckyc.lookup(subject, 0);
    assert.equal(none.status, 'NOT_FOUND');
    assert.equal(none.attempts.length, 2);
    const down = await sourcesWith({ [CKYC_SEARCH_PATH]: [reply(503, { code: 'UPSTREAM_ERROR' })] }).ckyc.lookup(subject, 0);
    assert.deepEqual([down.status, down.lastError], ['UNAVAILABLE', 'UPSTREAM_ERROR']);
    assert.ok(down.attempts.every((a) => a.key === 'PAN'));
  });
});
