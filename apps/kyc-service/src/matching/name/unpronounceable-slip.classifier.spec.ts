import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isUnpronounceableSlip } from './unpronounceable-slip.classifier.js';

describe('isUnpronounceableSlip', () => {
  it('reads a consonant inside a cluster no name has as the vowel a scanner or keyboard lost', () => {
    assert.ok(isUnpronounceableSlip('ansarl', 'ansari'));
    assert.ok(isUnpronounceableSlip('anil', 'anll'));
    assert.ok(isUnpronounceableSlip('ranl', 'rani'));
    assert.ok(isUnpronounceableSlip('darmendrs', 'darmendra'));
    assert.ok(isUnpronounceableSlip('krishnamoorthv', 'krishnamoorthy'));
  });

  it("takes OCR's rn for m and a token left without a vowel", () => {
    assert.ok(isUnpronounceableSlip('sharrna', 'sharma'));
    assert.ok(isUnpronounceableSlip('kulkarni', 'kulkami'));
    assert.ok(isUnpronounceableSlip('sngh', 'singh'));
  });

  it("takes OCR's i for l between two vowels, where no name has an i", () => {
    assert.ok(isUnpronounceableSlip('baia', 'bala'));
    assert.ok(isUnpronounceableSlip('manjula', 'manjuia'));
  });

  it('leaves pronounceable spellings to the minimal-pair rules', () => {
    assert.equal(isUnpronounceableSlip('naina', 'nalna'), false); // the i stands before a consonant
    assert.equal(isUnpronounceableSlip('pial', 'plal'), false);
    assert.equal(isUnpronounceableSlip('sant', 'sana'), false); // a real cluster, not a look-alike letter
    assert.equal(isUnpronounceableSlip('pal', 'pai'), false); // the "l" follows a vowel
    assert.equal(isUnpronounceableSlip('karna', 'kama'), false); // too short for rn/m
    assert.equal(isUnpronounceableSlip('rakesh', 'rajesh'), false);
    assert.equal(isUnpronounceableSlip('amit', 'amita'), false);
    assert.equal(isUnpronounceableSlip('dalal', 'dalai'), false);
  });

  it('reads an opening l before a consonant as a capital I (lslam, 1qbal read as lqbal), not before h (Lhamo)', () => {
    assert.ok(isUnpronounceableSlip('lslam', 'islam'));
    assert.ok(isUnpronounceableSlip('iqbal', 'lqbal'));
    assert.equal(isUnpronounceableSlip('lhamo', 'ihamo'), false);
    assert.equal(isUnpronounceableSlip('lalit', 'ialit'), false);
  });
});
