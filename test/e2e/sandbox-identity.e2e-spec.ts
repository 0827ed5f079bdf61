import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { HttpClient } from '../support/http-client.js';
import { TestSuite } from '../support/test-suite.js';

const address = { line1: '12, MG Road', line2: 'Gandhi Nagar', city: 'Lucknow', state: 'Uttar Pradesh', pincode: '226001' };
const rajesh = {
  aadhaar: '234567890124',
  pan: 'ABCPS1234K',
  name: 'Rajesh Kumar Sharma',
  dob: '1988-04-12',
  gender: 'M',
  address,
  fatherName: 'Suresh Sharma',
};

describe('sandbox identity sources', () => {
  let suite: TestSuite;
  let sandbox: HttpClient;

  const put = (path: string, body: unknown) => sandbox.request<any>('PUT', path, JSON.stringify(body), {});
  const remove = (path: string) => sandbox.request<any>('DELETE', path, undefined, {});
  const register = async (identity: object) => {
    const response = await sandbox.post('/sandbox/identities', identity);
    assert.equal(response.status, 201, JSON.stringify(response.body));
    return response.body;
  };
  const verifyPan = (pan: string, dob = '1988-04-12') => sandbox.post('/v1/identity/pan/verify', { pan, name: 'Anyone', dob });
  const requestOtp = (aadhaar: string) => sandbox.post('/v1/identity/aadhaar/otp', { aadhaar });
  const ekyc = async (aadhaar: string) => {
    const otp = await requestOtp(aadhaar);
    assert.equal(otp.status, 200);
    return sandbox.post('/v1/identity/aadhaar/ekyc', { txnId: otp.body.txnId, otp: '123456' });
  };
  const searchCkyc = (query: object) => sandbox.post('/v1/identity/ckyc/search', query);
  const downloadCkyc = (ckycNumber: string, dob: string) => sandbox.post('/v1/identity/ckyc/download', { ckycNumber, dob });

  before(async () => {
    suite = await TestSuite.start('sandboxid', [{ service: 'sandbox' }]);
    sandbox = suite.app('sandbox').http;
  });
  after(() => suite?.stop());
  beforeEach(async () => {
    assert.equal((await remove('/sandbox/faults')).status, 204);
    assert.equal((await remove('/sandbox/stats')).status, 204);
  });

  describe('docs and demo identities', () => {
    it('serves its own API docs', async () => {
      const spec = await sandbox.get('/docs-json');
      assert.equal(spec.status, 200);
      assert.equal(spec.body.info.title, 'LOS sandbox');
      assert.ok(spec.body.paths['/sandbox/identities/demo'], 'the demo listing is documented');
      assert.ok(spec.body.paths['/v1/identity/pan/verify'], 'the sources are documented');
      const ui = await sandbox.get('/docs');
      assert.equal(ui.status, 200);
    });

    it('lists ready-made identities that the sources know as listed', async () => {
      const listed = await sandbox.get('/sandbox/identities/demo');
      assert.equal(listed.status, 200);
      const byKey = new Map<string, any>(listed.body.map((demo: any) => [demo.key, demo]));
      assert.deepEqual(
        [...byKey.values()].map((demo) => demo.triggers),
        ['VERIFIED', 'VERIFIED', 'REVIEW', 'FAILED', 'SOURCE_DOWN'],
      );
      const verified = byKey.get('verified');
      const pan = await sandbox.post('/v1/identity/pan/verify', { pan: verified.pan, name: verified.name, dob: verified.dob });
      assert.deepEqual([pan.body.status, pan.body.nameOnPan, pan.body.dobMatch], ['VALID', verified.name, true]);
      const review = byKey.get('review');
      assert.equal((await verifyPan(review.pan, review.dob)).body.aadhaarSeeded, false);
      const failed = byKey.get('failed');
      assert.equal((await verifyPan(failed.pan, failed.dob)).body.status, 'DEACTIVATED');
      const down = byKey.get('source-down');
      assert.deepEqual([(await searchCkyc({ pan: down.pan })).status, (await searchCkyc({ pan: verified.pan })).status], [503, 200]);
      assert.equal((await verifyPan(down.pan, down.dob)).body.status, 'VALID', 'only CKYC is down for this person');
      const eKyc = await ekyc(verified.aadhaar);
      assert.deepEqual([eKyc.status, eKyc.body.name], [200, verified.name]);
    });
  });

  describe('registered identities', () => {
    it('shows the person in every source with the pinned variations', async () => {
      const registered = await register({
        ...rajesh,
        variation: { pan: 'initials', aadhaar: 'exact', ckyc: 'reorder', address: 'abbreviated' },
      });
      assert.deepEqual(registered.variation, { pan: 'initials', aadhaar: 'exact', ckyc: 'reorder', address: 'abbreviated' });
      assert.match(registered.ckycNumber, /^\d{14}$/);

      const pan = await verifyPan(rajesh.pan);
      assert.equal(pan.status, 200);
      assert.deepEqual(pan.body, { pan: rajesh.pan, status: 'VALID', nameOnPan: 'R. KUMAR SHARMA', dobMatch: true, aadhaarSeeded: true });
      assert.equal((await verifyPan(rajesh.pan, '1988-12-04')).body.dobMatch, false);

      const aadhaar = await ekyc(rajesh.aadhaar);
      assert.equal(aadhaar.status, 200);
      assert.deepEqual(aadhaar.body, {
        name: 'Rajesh Kumar Sharma',
        dob: rajesh.dob,
        gender: 'M',
        address: {
          house: '12',
          street: 'MG Rd',
          locality: 'Gandhi Ngr',
          city: 'Lucknow',
          district: 'Lucknow',
          state: 'Uttar Pradesh',
          pincode: '226001',
        },
      });

      const search = await searchCkyc({ pan: rajesh.pan });
      assert.equal(search.status, 200);
      assert.deepEqual(search.body, { results: [{ ckycNumber: registered.ckycNumber, name: 'SHARMA RAJESH KUMAR', dob: rajesh.dob }] });
      const download = await downloadCkyc(registered.ckycNumber, rajesh.dob);
      assert.equal(download.status, 200);
      assert.deepEqual(download.body, {
        ckycNumber: registered.ckycNumber,
        prefix: 'MR',
        firstName: 'SHARMA',
        middleName: 'RAJESH',
        lastName: 'KUMAR',
        fatherName: 'SURESH SHARMA',
        dob: rajesh.dob,
        gender: 'M',
        address: { ...address, district: 'Lucknow', country: 'IN' },
      });
    });

    it('shows spelling, missing-middle and honorific variations', async () => {
      await register({
        aadhaar: '345678901235',
        pan: 'BCDPS2345L',
        name: 'Laxmi Devi Srivastava',
        dob: '1979-11-30',
        gender: 'F',
        address,
        ckycNumber: '30000000000011',
        variation: { pan: 'spelling', aadhaar: 'missing_middle', ckyc: 'honorific', address: 'exact' },
      });
      assert.equal((await verifyPan('BCDPS2345L', '1979-11-30')).body.nameOnPan, 'LAKSHMI DEVI SRIVASTAVA');
      const aadhaar = (await ekyc('345678901235')).body;
      assert.equal(aadhaar.name, 'Laxmi Srivastava');
      assert.equal(aadhaar.address.street, 'MG Road');
      const [found] = (await searchCkyc({ pan: 'BCDPS2345L' })).body.results;
      assert.match(found.name, /^(SMT|MS) LAXMI DEVI SRIVASTAVA$/);
      const download = (await downloadCkyc('30000000000011', '1979-11-30')).body;
      assert.match(download.firstName, /^(SMT|MS) LAXMI$/);
      assert.ok(['MRS', 'MS'].includes(download.prefix));
      assert.equal(download.fatherName, undefined);
    });

    it('chooses unpinned variations from the numbers and answers the same every time', async () => {
      const registered = await register({ ...rajesh, aadhaar: '456789012346', pan: 'CDEPS3456M', ckycNumber: undefined });
      assert.deepEqual(Object.keys(registered.variation).sort(), ['aadhaar', 'address', 'ckyc', 'pan']);
      assert.equal((await register({ ...rajesh, aadhaar: '456789012346', pan: 'CDEPS3456M' })).variation.pan, registered.variation.pan);
      const pan = await verifyPan('CDEPS3456M');
      assert.deepEqual((await verifyPan('CDEPS3456M')).body, pan.body);
      assert.equal(pan.body.nameOnPan, pan.body.nameOnPan.toUpperCase(), 'NSDL shows names in capitals');
      assert.deepEqual((await ekyc('456789012346')).body, (await ekyc('456789012346')).body);
      const download = await downloadCkyc(registered.ckycNumber, rajesh.dob);
      assert.deepEqual((await downloadCkyc(registered.ckycNumber, rajesh.dob)).body, download.body);
    });
  });

  describe('unregistered numbers', () => {
    it('derive a synthetic person from any well-formed number, the same every time', async () => {
      const pan = await verifyPan('BQRPK4821M');
      assert.equal(pan.status, 200);
      assert.equal(pan.body.status, 'VALID');
      assert.deepEqual((await verifyPan('BQRPK4821M')).body, pan.body);
      assert.match(pan.body.nameOnPan.split(' ').at(-1), /^K/, "the surname starts with the PAN's fifth letter");

      const aadhaar = await ekyc('567890123457');
      assert.equal(aadhaar.status, 200);
      assert.deepEqual((await ekyc('567890123457')).body, aadhaar.body);
      assert.match(aadhaar.body.address.pincode, /^[1-9]\d{5}$/);

      const [found] = (await searchCkyc({ pan: 'BQRPK4821M' })).body.results;
      const download = await downloadCkyc(found.ckycNumber, found.dob);
      assert.equal(download.status, 200);
      assert.equal(download.body.dob, found.dob);
      assert.equal((await downloadCkyc('52345678901234', '1990-01-01')).status, 404, 'a random number with another dob');
    });

    it('follow the documented digit rules, which registration overrides', async () => {
      assert.equal((await verifyPan('ABCPK1239L')).body.code, 'NOT_FOUND');
      assert.equal((await searchCkyc({ pan: 'ABCPK1239L' })).status, 404);
      assert.equal((await verifyPan('ABCPK1238L')).body.status, 'DEACTIVATED');
      assert.equal((await verifyPan('ABCPK1237L')).status, 200);
      assert.equal((await searchCkyc({ pan: 'ABCPK1237L' })).status, 404);
      assert.equal((await verifyPan('ABCPK1236L')).body.aadhaarSeeded, false);
      const otp = await requestOtp('234567890194');
      assert.deepEqual([otp.status, otp.body.code], [404, 'NOT_FOUND']);

      await register({ ...rajesh, aadhaar: '234567890195', pan: 'DEFPS4569N' });
      assert.equal((await verifyPan('DEFPS4569N')).status, 200);
      assert.equal((await requestOtp('234567890195')).status, 200);
    });
  });

  describe('Aadhaar OTP', () => {
    it('refuses a wrong OTP with 401 INVALID_OTP, then accepts the right one once', async () => {
      const { txnId } = (await requestOtp('678901234568')).body;
      const wrong = await sandbox.post('/v1/identity/aadhaar/ekyc', { txnId, otp: '000000' });
      assert.deepEqual([wrong.status, wrong.body.code], [401, 'INVALID_OTP']);
      assert.equal((await sandbox.post('/v1/identity/aadhaar/ekyc', { txnId, otp: '123456' })).status, 200);
      const reused = await sandbox.post('/v1/identity/aadhaar/ekyc', { txnId, otp: '123456' });
      assert.deepEqual([reused.status, reused.body.code], [404, 'NOT_FOUND']);
    });

    it('ends a transaction after three wrong OTPs and knows no made-up transaction', async () => {
      const { txnId } = (await requestOtp('678901234568')).body;
      for (let i = 0; i < 3; i++) assert.equal((await sandbox.post('/v1/identity/aadhaar/ekyc', { txnId, otp: '111111' })).status, 401);
      assert.equal((await sandbox.post('/v1/identity/aadhaar/ekyc', { txnId, otp: '123456' })).status, 404);
      assert.equal((await sandbox.post('/v1/identity/aadhaar/ekyc', { txnId: 'no-such-txn', otp: '123456' })).status, 404);
    });
  });

  describe('CKYC', () => {
    const meena = {
      aadhaar: '789012345679',
      pan: 'EFGPS5678P',
      name: 'Meena Sharma',
      dob: '1992-02-29',
      gender: 'F',
      address,
      ckycNumber: '40000000000012',
      ckyc: { searchableByPan: false },
    };

    it('finds by name and date of birth a person its PAN search misses', async () => {
      await register(meena);
      assert.deepEqual((await searchCkyc({ pan: meena.pan })).body.code, 'NOT_FOUND');
      const byName = await searchCkyc({ name: 'SHARMA meena', dob: meena.dob });
      assert.equal(byName.status, 200);
      assert.deepEqual(
        byName.body.results.map((r: { ckycNumber: string }) => r.ckycNumber),
        [meena.ckycNumber],
      );
      assert.equal((await searchCkyc({ name: 'Meena Sharma', dob: '1992-03-01' })).status, 404);
      assert.equal((await downloadCkyc(meena.ckycNumber, '1992-03-01')).status, 404, 'a wrong date of birth');
      assert.equal((await downloadCkyc(meena.ckycNumber, meena.dob)).body.lastName.length > 0, true);
    });

    it('finds nothing for a person absent from CKYC, and asks for a PAN or a name with a date', async () => {
      await register(meena);
      await register({ ...meena, aadhaar: '789012345670', pan: 'FGHPS6789Q', ckycNumber: '40000000000020', ckyc: { present: false } });
      assert.equal((await searchCkyc({ pan: 'FGHPS6789Q' })).status, 404);
      assert.equal((await searchCkyc({ name: meena.name, dob: meena.dob })).body.results.length, 1, 'only the other Meena');
      assert.equal((await downloadCkyc('40000000000020', meena.dob)).status, 404);
      const empty = await searchCkyc({});
      assert.deepEqual([empty.status, empty.body.code], [400, 'VALIDATION_FAILED']);
    });
  });

  describe('fault injection', () => {
    before(() => register(rajesh));

    it('answers 503 UPSTREAM_ERROR on the faulted source only, until reset', async () => {
      assert.deepEqual((await put('/sandbox/faults/pan', { mode: 'error' })).body, { mode: 'error' });
      const failed = await verifyPan(rajesh.pan);
      assert.deepEqual([failed.status, failed.body.code], [503, 'UPSTREAM_ERROR']);
      assert.equal((await requestOtp(rajesh.aadhaar)).status, 200);
      assert.deepEqual((await sandbox.get('/sandbox/faults')).body, {
        pan: { mode: 'error' },
        aadhaar: { mode: 'none' },
        ckyc: { mode: 'none' },
        'bank-account': { mode: 'none' },
      });
      await remove('/sandbox/faults');
      assert.equal((await verifyPan(rajesh.pan)).status, 200);
    });

    it('fails only the next N requests with failNext, then recovers', async () => {
      await put('/sandbox/faults/aadhaar', { mode: 'error', failNext: 2 });
      assert.equal((await requestOtp(rajesh.aadhaar)).status, 503);
      assert.deepEqual((await sandbox.get('/sandbox/faults')).body.aadhaar, { mode: 'error', failNext: 1 });
      assert.equal((await requestOtp(rajesh.aadhaar)).status, 503);
      assert.equal((await requestOtp(rajesh.aadhaar)).status, 200);
      assert.deepEqual((await sandbox.get('/sandbox/faults')).body.aadhaar, { mode: 'none' });
    });

    it('answers 429 with Retry-After: 1 when rate limited', async () => {
      await put('/sandbox/faults/ckyc', { mode: 'rate_limit' });
      const limited = await searchCkyc({ pan: rajesh.pan });
      assert.deepEqual([limited.status, limited.body.code], [429, 'TOO_MANY_REQUESTS']);
      assert.equal(limited.headers.get('retry-after'), '1');
    });

    it('answers 404 for a registered person when set to not_found', async () => {
      await put('/sandbox/faults/pan', { mode: 'not_found' });
      const missing = await verifyPan(rajesh.pan);
      assert.deepEqual([missing.status, missing.body.code], [404, 'NOT_FOUND']);
    });

    it('adds latency when slow, and faults an even share with a ratio', async () => {
      await put('/sandbox/faults/pan', { mode: 'slow', latencyMs: 300 });
      const slow = await verifyPan(rajesh.pan);
      assert.equal(slow.status, 200);
      assert.ok(slow.ms >= 290, `took ${slow.ms} ms`);
      await put('/sandbox/faults/ckyc', { mode: 'error', ratio: 0.5 });
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await searchCkyc({ pan: rajesh.pan })).status);
      assert.deepEqual(statuses, [503, 200, 503, 200]);
    });

    it('holds a request past the client timeout, or answers 504 after a set hold', async () => {
      await put('/sandbox/faults/pan', { mode: 'timeout', latencyMs: 200 });
      const held = await verifyPan(rajesh.pan);
      assert.deepEqual([held.status, held.body.code], [504, 'UPSTREAM_TIMEOUT']);
      assert.ok(held.ms >= 190, `took ${held.ms} ms`);

      await put('/sandbox/faults/pan', { mode: 'timeout' });
      const started = performance.now();
      await assert.rejects(
        fetch(`${suite.app('sandbox').url}/v1/identity/pan/verify`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ pan: rajesh.pan, name: 'x', dob: rajesh.dob }),
          signal: AbortSignal.timeout(500),
        }),
        { name: 'TimeoutError' },
      );
      assert.ok(performance.now() - started < 1_500);
    });

    it('counts every request per source, faulted ones included', async () => {
      await put('/sandbox/faults/pan', { mode: 'error', failNext: 1 });
      await verifyPan(rajesh.pan);
      await verifyPan(rajesh.pan);
      await ekyc(rajesh.aadhaar);
      await searchCkyc({ pan: rajesh.pan });
      assert.deepEqual((await sandbox.get('/sandbox/stats')).body, { pan: 2, aadhaar: 2, ckyc: 1, 'bank-account': 0 });
      await remove('/sandbox/stats');
      assert.deepEqual((await sandbox.get('/sandbox/stats')).body, { pan: 0, aadhaar: 0, ckyc: 0, 'bank-account': 0 });
    });

    it('refuses unknown sources and modes', async () => {
      assert.equal((await put('/sandbox/faults/bureau', { mode: 'error' })).status, 400);
      assert.equal((await put('/sandbox/faults/pan', { mode: 'flaky' })).status, 400);
      assert.equal((await put('/sandbox/faults/pan', { mode: 'error', ratio: 2 })).status, 400);
    });

    // Last: it stops the sandbox.
    it('lets a held request go when the app shuts down', async () => {
      await put('/sandbox/faults/pan', { mode: 'timeout' });
      const pending = verifyPan(rajesh.pan);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const started = performance.now();
      await suite.stopApp(suite.app('sandbox'));
      const released = await pending;
      assert.equal(released.status, 504);
      assert.ok(performance.now() - started < 5_000, `shutdown took ${performance.now() - started} ms`);
    });
  });
});
