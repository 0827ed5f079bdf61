import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { compareAddresses } from './address.matcher.js';

const codes = (result: ReturnType<typeof compareAddresses>) => result.reasons.map((reason) => reason.code);

describe('compareAddresses', () => {
  it('scores abbreviated and structured forms of one address highly', () => {
    const result = compareAddresses('12, MG Rd, Nr. Clock Tower, Dehradun 248001', {
      line1: '12 M G Road',
      line2: 'Near Clock Tower',
      city: 'Dehradun',
      pincode: '248001',
    });
    assert.ok(result.score >= 80, String(result.score));
    assert.deepEqual(codes(result), ['PINCODE_MATCHED', 'ADDRESS_MATCHED']);
  });

  it('weights a differing pincode', () => {
    const result = compareAddresses('12 MG Road Dehradun 248001', '12 MG Road Dehradun 248009');
    assert.ok(result.score <= 60, String(result.score));
    assert.ok(codes(result).includes('PINCODE_DIFFERS'));
  });

  it('reports unrelated addresses as different', () => {
    assert.ok(codes(compareAddresses('Civil Lines, Jhansi 284001', 'Salt Lake, Kolkata 700091')).includes('ADDRESS_DIFFERS'));
  });
});
