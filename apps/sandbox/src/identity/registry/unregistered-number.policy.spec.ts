import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ckycNumberForPan, panOfCkycNumber } from './ckyc-number.codec.js';
import { unregisteredAadhaarRecord, unregisteredCkycRecord, unregisteredPanRecord } from './unregistered-number.policy.js';

describe('unregistered numbers', () => {
  it('derive the same synthetic person every time', () => {
    assert.deepEqual(unregisteredPanRecord('ABCPK1234L'), unregisteredPanRecord('ABCPK1234L'));
    assert.notDeepEqual(unregisteredPanRecord('ABCPK1234L')?.person, unregisteredPanRecord('ABCPK1235L')?.person);
  });

  it("give a PAN holder a surname with the PAN's fifth letter when the lists have one", () => {
    for (const pan of ['ABCPS1234K', 'ABCPK2234K', 'ABCPR3234K', 'ABCPG4234K']) {
      assert.equal(unregisteredPanRecord(pan)?.person.name.last?.[0], pan[4], pan);
    }
  });

  it('follow the documented rule digits', () => {
    assert.equal(unregisteredPanRecord('ABCPK1239L'), null);
    assert.equal(unregisteredPanRecord('ABCPK1238L')?.panStatus, 'DEACTIVATED');
    assert.equal(unregisteredPanRecord('ABCPK1237L')?.ckyc.present, false);
    assert.equal(unregisteredPanRecord('ABCPK1236L')?.aadhaarSeeded, false);
    assert.equal(unregisteredAadhaarRecord('234567890194'), null);
    assert.ok(unregisteredAadhaarRecord('234567890149'));
    assert.equal(unregisteredCkycRecord('50000000000019'), null);
    assert.equal(unregisteredCkycRecord('50000000000017'), null);
  });

  it('find the holder of a PAN again under the CKYC number derived from it', () => {
    const pan = 'ZXYPQ0420T';
    assert.equal(panOfCkycNumber(ckycNumberForPan(pan)), pan);
    assert.equal(ckycNumberForPan(pan).length, 14);
    assert.deepEqual(unregisteredCkycRecord(ckycNumberForPan(pan))?.person, unregisteredPanRecord(pan)?.person);
    assert.equal(unregisteredCkycRecord(ckycNumberForPan('ABCPK1237L')), null);
    assert.equal(panOfCkycNumber('99999999999999'), null);
  });
});
