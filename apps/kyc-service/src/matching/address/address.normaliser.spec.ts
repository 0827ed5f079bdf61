import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { normaliseAddress } from './address.normaliser.js';

describe('normaliseAddress', () => {
  it('expands abbreviations, drops fillers and lifts out the pincode', () => {
    assert.deepEqual(normaliseAddress('H.No. 7, Opp. Bus Stn, Shastri Ngr, Sec-4, Bhilai 490 006'), {
      text: '7 opposite bus station shastri nagar sector 4 bhilai',
      pincode: '490006',
    });
  });

  it('joins structured lines and prefers the pincode field', () => {
    const address = normaliseAddress({ line1: 'Flat 3, Apt 12', city: 'Bengaluru', pincode: '560 001' });
    assert.deepEqual(address, { text: '3 apartment 12 bangalore', pincode: '560001' });
  });
});
