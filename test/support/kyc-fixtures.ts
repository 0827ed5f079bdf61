import assert from 'node:assert/strict';
import { randomInt, randomUUID } from 'node:crypto';
import { verhoeffDigitFor } from '@los/contracts';
import { eventually } from './eventually.js';
import type { HttpClient } from './http-client.js';
import { applicationBody, type TestUser } from './gateway-users.js';

const LETTERS = 'ABCDEFGHJKLMNRSTUVWXYZ';
const letter = () => LETTERS[randomInt(LETTERS.length)];

/** A random Aadhaar number with a valid Verhoeff check digit. */
export function randomAadhaar(): string {
  const body = `${randomInt(2, 10)}${String(randomInt(0, 1e10)).padStart(10, '0')}`;
  return `${body}${verhoeffDigitFor(body)}`;
}

/** A random individual PAN whose last digit (0-5) carries none of the sandbox's special meanings (6-9). */
export function randomPan(): string {
  const digits = `${Array.from({ length: 3 }, () => randomInt(0, 10)).join('')}${randomInt(0, 6)}`;
  return `${letter()}${letter()}${letter()}P${letter()}${digits}${letter()}`;
}

let magicPans = randomInt(LETTERS.length ** 2);

/**
 * A sandbox bureau PAN scoring exactly `score` (ZZZP?0ddd?, apps/sandbox/src/bureau/bureau-magic-pans.constants.ts),
 * different on each call: registering a PAN again replaces its holder, which would fail a KYC still in flight.
 */
export function magicPan(score: number): string {
  const n = magicPans++ % LETTERS.length ** 2;
  return `ZZZP${LETTERS[n % LETTERS.length]}${String(score).padStart(4, '0')}${LETTERS[Math.floor(n / LETTERS.length)]}`;
}

export interface Person {
  aadhaar: string;
  pan: string;
  name: string;
  dob: string;
  gender: 'M' | 'F';
  address: { line1: string; line2?: string; city: string; state: string; pincode: string };
}

export function person(overrides: Partial<Person> = {}): Person {
  return {
    aadhaar: randomAadhaar(),
    pan: randomPan(),
    name: 'Asha Verma',
    dob: '1990-04-21',
    gender: 'F',
    address: { line1: '12, 4th Cross Road, Koramangala', city: 'Bengaluru', state: 'Karnataka', pincode: '560034' },
    ...overrides,
  };
}

/** Registers the person with the sandbox's identity sources, as the registries would know them. */
export async function registerIdentity(sandbox: HttpClient, who: Person, extra: Record<string, unknown> = {}) {
  const response = await sandbox.post('/sandbox/identities', { ...who, ...extra });
  if (response.status !== 201) throw new Error(`identity registration failed: ${response.status} ${JSON.stringify(response.body)}`);
}

/** The applicant fields of an application for `who`: the identity KYC checks, and the place offers price. */
export const applicantOf = (who: Person) => ({
  fullName: who.name,
  dob: who.dob,
  pan: who.pan,
  pincode: who.address.pincode,
  city: who.address.city,
  state: who.address.state,
});

/** The one OTP the sandbox's UIDAI accepts (apps/sandbox/src/identity/aadhaar/otp-transactions.store.ts). */
export const SANDBOX_OTP = '123456';

/** Step one of a KYC: UIDAI sends the holder of `aadhaar` an OTP; answers the response (201 with otpRequestId). */
export const requestAadhaarOtp = (http: HttpClient, applicationId: string, aadhaar: string) =>
  http.post(`/v1/applications/${applicationId}/kyc/aadhaar-otp`, { aadhaar });

/** Step two without a real OTP request: enough for bodies the validation refuses. */
export function kycBody(who: Person, overrides: Record<string, unknown> = {}) {
  return {
    otpRequestId: randomUUID(),
    otp: SANDBOX_OTP,
    pan: who.pan,
    fullName: who.name,
    dob: who.dob,
    gender: who.gender,
    address: who.address,
    consent: { given: true, textVersion: 'kyc-consent-v1', at: new Date().toISOString() },
    ...overrides,
  };
}

/**
 * Both steps of a KYC for `who` (their Aadhaar gets the OTP): answers the OTP request's response when it
 * is refused, else the submission's.
 */
export async function submitKyc(http: HttpClient, applicationId: string, who: Person, overrides: Record<string, unknown> = {}) {
  const otp = await requestAadhaarOtp(http, applicationId, who.aadhaar);
  if (otp.status !== 201) return otp;
  return http.post(`/v1/applications/${applicationId}/kyc`, kycBody(who, { otpRequestId: otp.body.otpRequestId, ...overrides }));
}

export const waitForStatus = (user: TestUser, applicationId: string, accept: (status: string) => boolean, what: string) =>
  eventually(
    () => user.http.get(`/v1/applications/${applicationId}`),
    (r) => accept(r.body.status),
    { timeoutMs: 45_000, what },
  );

/**
 * An application of `owner` taken through KYC over HTTP, for a person with a bureau score of `score`, these applicant
 * fields and address; answered once its offers are computed (by itself, on KYC_VERIFIED): OFFERS_READY or NO_OFFERS.
 */
export async function verifiedApplication(
  sandbox: HttpClient,
  owner: TestUser,
  score: number,
  applicantOverrides: Record<string, unknown> = {},
  address: Partial<Person['address']> = {},
): Promise<string> {
  const who = person({
    pan: magicPan(score),
    address: { line1: '7 MG Road', city: 'Bengaluru', state: 'Karnataka', pincode: '560034', ...address },
  });
  await registerIdentity(sandbox, who);
  const created = await owner.http.post(
    '/v1/applications',
    applicationBody({
      applicant: { ...applicantOf(who), ...applicantOverrides },
    }),
  );
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const submitted = await submitKyc(owner.http, created.body.id, who);
  assert.equal(submitted.status, 202, JSON.stringify(submitted.body));
  await waitForStatus(owner, created.body.id, (s) => s === 'OFFERS_READY' || s === 'NO_OFFERS', 'OFFERS_READY or NO_OFFERS');
  return created.body.id as string;
}
