import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { toUidaiAddress } from './uidai-address.mapper.js';

const address = { line1: '12, MG Road', line2: 'Gandhi Nagar', city: 'Lucknow', state: 'Uttar Pradesh', pincode: '226001' };

describe('toUidaiAddress', () => {
  it("splits the first line into house and street and uses the city as UIDAI's vtc and district", () => {
    assert.deepEqual(toUidaiAddress(address, 'exact'), {
      house: '12',
      street: 'MG Road',
      locality: 'Gandhi Nagar',
      city: 'Lucknow',
      district: 'Lucknow',
      state: 'Uttar Pradesh',
      pincode: '226001',
    });
  });

  it('abbreviates whole words only, keeping capitals', () => {
    const shown = toUidaiAddress({ ...address, line1: 'H.No 4 NEAR RAILWAY ROAD', line2: 'Roadside Nagar Colony' }, 'abbreviated');
    assert.deepEqual([shown.house, shown.street, shown.locality], ['H.No 4', 'NR RAILWAY RD', 'Roadside Ngr Col']);
  });

  it('reads labelled house numbers before the street', () => {
    assert.equal(toUidaiAddress({ ...address, line1: 'Flat No. 302 Lake View Road' }, 'exact').house, 'Flat No. 302');
    assert.equal(toUidaiAddress({ ...address, line1: '12/3 Station Road' }, 'exact').street, 'Station Road');
  });

  it('leaves house empty when the first line has no number or comma', () => {
    assert.deepEqual(toUidaiAddress({ ...address, line1: 'Sai Krupa Bungalow' }, 'exact').house, '');
  });
});
