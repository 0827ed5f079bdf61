import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MongoClient } from 'mongodb';
import { applicationBody, type TestUser } from '../support/gateway-users.js';
import { person, registerIdentity, submitKyc, waitForStatus, type Person } from '../support/kyc-fixtures.js';
import { TestSuite } from '../support/test-suite.js';

const EXACT_EVERYWHERE = { variation: { pan: 'exact', aadhaar: 'exact', ckyc: 'exact' } };

/** A one-letter slip in the declared name, against the sandbox's registries over HTTP: carried by independent evidence or not. */
describe('KYC spelling-slip corroboration over HTTP', () => {
  let suite: TestSuite;
  let applicant: TestUser;
  let ops: TestUser;

  before(async () => {
    suite = await TestSuite.start('kyc_slip', [{ service: 'sandbox' }, { service: 'gateway' }, { service: 'kyc-service' }], {
      THROTTLE_AUTH_LIMIT: '1000',
      SWEEP_INTERVAL_MS: '500',
      COMMAND_DEADLINE_MS: '20000',
    });
    applicant = await suite.users.applicant('kyc_slip');
    ops = await suite.users.withRole('ops');
  });
  after(() => suite?.stop());

  const sandbox = () => suite.app('sandbox').http;

  /** The registries know `registeredName`; the applicant declares `who.name` and goes through both KYC steps. */
  async function kycFor(who: Person, registeredName: string, extra: Record<string, unknown> = {}): Promise<string> {
    await registerIdentity(sandbox(), { ...who, name: registeredName }, { ...EXACT_EVERYWHERE, ...extra });
    const created = await applicant.http.post(
      '/v1/applications',
      applicationBody({ applicant: { fullName: who.name, dob: who.dob, pan: who.pan } }),
    );
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const submitted = await submitKyc(applicant.http, created.body.id, who);
    assert.equal(submitted.status, 202, JSON.stringify(submitted.body));
    return created.body.id as string;
  }

  async function storedMatchReasons(applicationId: string, source: string): Promise<string[]> {
    const mongo = new MongoClient(suite.infra.mongoUrl);
    try {
      const check = await mongo.db(`${suite.prefix}_kyc`).collection('kyc_checks').findOne({ applicationId });
      return (check?.sources?.[source]?.match?.reasons ?? []).map((reason: { code: string }) => reason.code);
    } finally {
      await mongo.close();
    }
  }

  it('verifies a slip in a long surname when PAN is verified and seeded and the date of birth is exact, with the reason for staff', async () => {
    const who = person({ name: 'Anjali Bhosake' });
    const id = await kycFor(who, 'Anjali Bhosale');
    await waitForStatus(applicant, id, (s) => s !== 'KYC_IN_PROGRESS', 'the KYC result');
    const kyc = (await ops.http.get(`/v1/applications/${id}/kyc`)).body;
    assert.equal(kyc.status, 'VERIFIED', JSON.stringify(kyc.reasons));
    assert.equal((await applicant.http.get(`/v1/applications/${id}`)).body.status, 'KYC_VERIFIED');
    for (const source of ['PAN', 'AADHAAR', 'CKYC']) {
      assert.ok(kyc.reasons.includes(`SPELLING_SLIP_CORROBORATED:${source}`), JSON.stringify(kyc.reasons));
    }
    assert.ok(!kyc.reasons.some((reason: string) => reason.startsWith('NAME_')), JSON.stringify(kyc.reasons));
    assert.ok((await storedMatchReasons(id, 'AADHAAR')).includes('SPELLING_SLIP_CORROBORATED'), 'the source result keeps the slip');
  });

  it('holds the same slip in review when nothing independent backs it (PAN not seeded, no CKYC record)', async () => {
    const who = person({ name: 'Anjali Bhosake' });
    const id = await kycFor(who, 'Anjali Bhosale', { aadhaarSeeded: false, ckyc: { present: false } });
    await waitForStatus(applicant, id, (s) => s === 'KYC_REVIEW', 'KYC_REVIEW');
    const kyc = (await ops.http.get(`/v1/applications/${id}/kyc`)).body;
    assert.equal(kyc.status, 'REVIEW');
    assert.ok(kyc.reasons.includes('SPELLING_SLIP_UNCORROBORATED:AADHAAR'), JSON.stringify(kyc.reasons));
    assert.ok(!kyc.reasons.some((reason: string) => reason.startsWith('SPELLING_SLIP_CORROBORATED')), JSON.stringify(kyc.reasons));
  });

  it('holds a slip in a short name in review even with a verified PAN and an exact date of birth', async () => {
    const who = person({ name: 'Ravi Nari', gender: 'M' });
    const id = await kycFor(who, 'Ravi Nair');
    await waitForStatus(applicant, id, (s) => s === 'KYC_REVIEW', 'KYC_REVIEW');
    const kyc = (await ops.http.get(`/v1/applications/${id}/kyc`)).body;
    assert.ok(kyc.reasons.includes('NAME_REVIEW:AADHAAR'), JSON.stringify(kyc.reasons));
    assert.ok(!kyc.reasons.some((reason: string) => reason.startsWith('SPELLING_SLIP')), JSON.stringify(kyc.reasons));
  });

  const pune = { line1: '9, FC Road, Shivajinagar', city: 'Pune', state: 'Maharashtra', pincode: '411004' };

  it('holds a person whom every registry places in another city in review, asking for proof of the move, never failing them', async () => {
    const who = person({ name: 'Kavya Hegde', address: pune });
    const id = await kycFor(who, who.name, { address: person().address });
    await waitForStatus(applicant, id, (s) => s !== 'KYC_IN_PROGRESS', 'the KYC result');
    const kyc = (await ops.http.get(`/v1/applications/${id}/kyc`)).body;
    assert.equal(kyc.status, 'REVIEW', JSON.stringify(kyc.reasons));
    for (const source of ['AADHAAR', 'CKYC'])
      assert.ok(kyc.reasons.includes(`ADDRESS_IN_ANOTHER_CITY:${source}`), JSON.stringify(kyc.reasons));
    assert.ok(!kyc.reasons.some((reason: string) => /^(NAME|DOB)_/.test(reason)), JSON.stringify(kyc.reasons));
    assert.ok((await storedMatchReasons(id, 'AADHAAR')).includes('ADDRESS_IN_ANOTHER_CITY'));
  });

  it('verifies a person whose Aadhaar still holds the city they left when CKYC matches them at the declared address', async () => {
    const who = person({ name: 'Kavya Hegde', address: pune });
    const id = await kycFor(who, who.name, { aadhaarAddress: person().address });
    await waitForStatus(applicant, id, (s) => s !== 'KYC_IN_PROGRESS', 'the KYC result');
    const kyc = (await ops.http.get(`/v1/applications/${id}/kyc`)).body;
    assert.equal(kyc.status, 'VERIFIED', JSON.stringify(kyc.reasons));
    assert.ok(kyc.reasons.includes('ADDRESS_MOVE_CORROBORATED:AADHAAR'), JSON.stringify(kyc.reasons));
    assert.ok(!kyc.reasons.some((reason: string) => reason.startsWith('ADDRESS_IN_ANOTHER_CITY')), JSON.stringify(kyc.reasons));
  });

  it('fails a sound-alike given name (another person) whatever else agrees', async () => {
    const who = person({ name: 'Rakesh Yadav', gender: 'M' });
    const id = await kycFor(who, 'Rajesh Yadav');
    await waitForStatus(applicant, id, (s) => s === 'KYC_FAILED', 'KYC_FAILED');
    const kyc = (await ops.http.get(`/v1/applications/${id}/kyc`)).body;
    assert.ok(kyc.reasons.includes('NAME_MISMATCH:AADHAAR'), JSON.stringify(kyc.reasons));
  });
});
