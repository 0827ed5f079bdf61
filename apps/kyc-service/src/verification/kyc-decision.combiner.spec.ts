import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { combineAssessments } from './kyc-decision.combiner.js';
import { NO_COMPONENTS, type SourceAssessment } from './source-assessment.js';

const T = { match: 80, review: 55 };

function ok(source: SourceAssessment['source'], over: Partial<SourceAssessment> = {}): SourceAssessment {
  return {
    source,
    status: 'OK',
    decision: 'MATCH',
    score: 95,
    nameDecision: 'MATCH',
    dob: 'EXACT',
    genderAgrees: true,
    components: { name: 95, dob: 100, address: source === 'PAN' ? null : 90, gender: source === 'PAN' ? null : 100 },
    reasons: [],
    ...(source === 'PAN' ? { panStatus: 'VALID', aadhaarSeeded: true, genderAgrees: null } : {}),
    ...over,
  };
}

function off(source: SourceAssessment['source'], status: SourceAssessment['status']): SourceAssessment {
  return {
    source,
    status,
    decision: null,
    score: null,
    components: { ...NO_COMPONENTS },
    nameDecision: null,
    dob: null,
    genderAgrees: null,
    reasons: [],
  };
}

describe('combineAssessments', () => {
  it('fails when UIDAI refused the OTP the applicant typed, and only reviews other Aadhaar errors', () => {
    const refused = combineAssessments([ok('PAN'), { ...off('AADHAAR', 'ERROR'), lastError: 'AADHAAR_OTP_INVALID' }, ok('CKYC')], T);
    assert.equal(refused.status, 'FAILED');
    assert.deepEqual(refused.reasons.slice(0, 1), ['AADHAAR_OTP_INVALID']);
    assert.equal(refused.redrivable, false);
    const expired = combineAssessments([ok('PAN'), { ...off('AADHAAR', 'ERROR'), lastError: 'AADHAAR_OTP_EXPIRED' }, ok('CKYC')], T);
    assert.deepEqual([expired.status, expired.reasons[0]], ['REVIEW', 'SOURCE_ERROR:AADHAAR']);
  });

  it('reviews a record that matches in another city, and verifies it when another source matches at the declared address', () => {
    const elsewhere = ok('AADHAAR', {
      decision: 'NO_MATCH',
      score: 50,
      addressElsewhere: true,
      components: { name: 100, dob: 100, address: 20, gender: 100 },
    });
    const alone = combineAssessments([ok('PAN'), elsewhere, off('CKYC', 'NOT_FOUND')], T);
    assert.equal(alone.status, 'REVIEW', 'a namesake or an old address: a person asks for proof, the check does not fail');
    assert.ok(alone.reasons.includes('ADDRESS_IN_ANOTHER_CITY:AADHAAR'));
    assert.ok(!alone.reasons.includes('IDENTITY_REVIEW:AADHAAR'));

    const moved = combineAssessments([ok('PAN'), elsewhere, ok('CKYC')], T);
    assert.equal(moved.status, 'VERIFIED');
    assert.ok(moved.reasons.includes('ADDRESS_MOVE_CORROBORATED:AADHAAR'));
    assert.ok(moved.score >= T.match);

    const ckycElsewhereToo = combineAssessments([ok('PAN'), elsewhere, { ...elsewhere, source: 'CKYC' }], T);
    assert.equal(ckycElsewhereToo.status, 'REVIEW', 'two records in another city do not vouch for the declared address');
    assert.ok(ckycElsewhereToo.reasons.includes('ADDRESS_IN_ANOTHER_CITY:AADHAAR'));
    const ckycOtherDate = combineAssessments([ok('PAN'), elsewhere, ok('CKYC', { dob: 'PARTIAL', decision: 'REVIEW' })], T);
    assert.ok(
      ckycOtherDate.reasons.includes('ADDRESS_IN_ANOTHER_CITY:AADHAAR'),
      'only an outright match at the declared address explains the move',
    );
    assert.ok(!ckycOtherDate.reasons.includes('ADDRESS_MOVE_CORROBORATED:AADHAAR'));
  });

  it('verifies when every source matches, with a score in the match band', () => {
    const result = combineAssessments([ok('PAN'), ok('AADHAAR'), ok('CKYC')], T);
    assert.equal(result.status, 'VERIFIED');
    assert.deepEqual(result.reasons, ['ALL_SOURCES_MATCH']);
    assert.equal(result.score, 95);
    assert.equal(result.redrivable, false);
    assert.deepEqual(result.components, { name: { pan: 95, aadhaar: 95, ckyc: 95 }, dob: 100, address: 90, gender: 100 });
  });

  it('verifies without CKYC when the registry has no record of the person', () => {
    const result = combineAssessments([ok('PAN'), ok('AADHAAR'), off('CKYC', 'NOT_FOUND')], T);
    assert.equal(result.status, 'VERIFIED');
    assert.deepEqual(result.reasons, ['CKYC_NOT_FOUND', 'ALL_SOURCES_MATCH']);
  });

  it('keeps a check with an unavailable source in review, worth a re-drive, its score below the match band', () => {
    const result = combineAssessments([ok('PAN'), ok('AADHAAR'), off('CKYC', 'UNAVAILABLE')], T);
    assert.equal(result.status, 'REVIEW');
    assert.deepEqual(result.reasons, ['SOURCE_UNAVAILABLE:CKYC']);
    assert.equal(result.redrivable, true);
    assert.equal(result.score, 79);
  });

  it('does not re-drive a review that has another cause too', () => {
    const result = combineAssessments(
      [ok('PAN', { decision: 'REVIEW', nameDecision: 'REVIEW' }), ok('AADHAAR'), off('CKYC', 'UNAVAILABLE')],
      T,
    );
    assert.equal(result.status, 'REVIEW');
    assert.deepEqual(result.reasons, ['NAME_REVIEW:PAN', 'SOURCE_UNAVAILABLE:CKYC']);
    assert.equal(result.redrivable, false);
  });

  it("fails when a source clearly says the name or date of birth is someone else's", () => {
    const name = combineAssessments([ok('PAN'), ok('AADHAAR', { decision: 'NO_MATCH', nameDecision: 'NO_MATCH' }), ok('CKYC')], T);
    assert.deepEqual([name.status, name.reasons], ['FAILED', ['NAME_MISMATCH:AADHAAR']]);
    assert.ok(name.score < T.review);
    const dob = combineAssessments([ok('PAN'), ok('AADHAAR', { decision: 'NO_MATCH', dob: 'DIFFERENT' }), off('CKYC', 'UNAVAILABLE')], T);
    assert.deepEqual([dob.status, dob.reasons], ['FAILED', ['DOB_MISMATCH:AADHAAR', 'SOURCE_UNAVAILABLE:CKYC']]);
    assert.equal(dob.redrivable, false);
  });

  it('fails a PAN that is not VALID or not found, and an Aadhaar number UIDAI does not know', () => {
    assert.deepEqual(combineAssessments([ok('PAN', { panStatus: 'DEACTIVATED', decision: 'NO_MATCH' }), ok('AADHAAR')], T).reasons, [
      'PAN_NOT_VALID',
    ]);
    assert.equal(combineAssessments([off('PAN', 'NOT_FOUND'), ok('AADHAAR')], T).status, 'FAILED');
    assert.deepEqual(combineAssessments([ok('PAN'), off('AADHAAR', 'NOT_FOUND')], T).reasons, ['AADHAAR_NOT_FOUND']);
  });

  it('holds a day-month swap at review, and lets it explain the PAN\'s "date of birth does not match"', () => {
    const swapped = { decision: 'REVIEW' as const, dob: 'SWAPPED' as const };
    const result = combineAssessments(
      [ok('PAN', { decision: 'NO_MATCH', dob: 'DIFFERENT' }), ok('AADHAAR', swapped), ok('CKYC', swapped)],
      T,
    );
    assert.equal(result.status, 'REVIEW');
    assert.deepEqual(result.reasons, ['DOB_UNCONFIRMED:PAN', 'DOB_DAY_MONTH_SWAPPED:AADHAAR', 'DOB_DAY_MONTH_SWAPPED:CKYC']);
  });

  it("fails on the PAN's date of birth when no other source explains it", () => {
    const result = combineAssessments([ok('PAN', { decision: 'NO_MATCH', dob: 'DIFFERENT' }), ok('AADHAAR'), ok('CKYC')], T);
    assert.deepEqual([result.status, result.reasons], ['FAILED', ['DOB_MISMATCH:PAN']]);
  });

  it('sends a differing gender, an unlinked PAN, a source error and an unexplained review to a person', () => {
    const result = combineAssessments(
      [
        ok('PAN', { aadhaarSeeded: false }),
        ok('AADHAAR', { decision: 'REVIEW', genderAgrees: false }),
        ok('CKYC', { decision: 'REVIEW', foundBy: 'NAME_DOB', components: { name: 90, dob: 100, address: 20, gender: null } }),
      ],
      T,
    );
    assert.equal(result.status, 'REVIEW');
    assert.deepEqual(result.reasons, [
      'PAN_AADHAAR_NOT_LINKED',
      'GENDER_MISMATCH:AADHAAR',
      'IDENTITY_REVIEW:CKYC',
      'ADDRESS_DIFFERS:CKYC',
      'CKYC_FOUND_BY_NAME_DOB',
    ]);
    assert.equal(combineAssessments([ok('PAN'), off('AADHAAR', 'ERROR')], T).reasons[0], 'SOURCE_ERROR:AADHAAR');
  });

  it('weighs Aadhaar most in the score', () => {
    const result = combineAssessments([ok('PAN', { score: 80 }), ok('AADHAAR', { score: 100 }), ok('CKYC', { score: 80 })], T);
    assert.equal(result.score, 88);
  });

  it('reviews with a floor score when nobody answered', () => {
    const result = combineAssessments([off('PAN', 'UNAVAILABLE'), off('AADHAAR', 'UNAVAILABLE'), off('CKYC', 'UNAVAILABLE')], T);
    assert.deepEqual([result.status, result.score, result.redrivable], ['REVIEW', 55, true]);
  });

  describe('one-letter name slips', () => {
    const slip = (source: SourceAssessment['source'], nameDecision: SourceAssessment['nameDecision'] = 'REVIEW') =>
      ok(source, { spellingSlip: true, nameDecision });

    it('verifies an Aadhaar slip that a verified, seeded PAN backs, naming the reason', () => {
      const result = combineAssessments([ok('PAN'), slip('AADHAAR'), off('CKYC', 'NOT_FOUND')], T);
      assert.equal(result.status, 'VERIFIED');
      assert.ok(result.reasons.includes('SPELLING_SLIP_CORROBORATED:AADHAAR'));
    });

    it('verifies a PAN slip when Aadhaar matches the declared name on the exact date', () => {
      const result = combineAssessments([slip('PAN'), ok('AADHAAR'), off('CKYC', 'NOT_FOUND')], T);
      assert.equal(result.status, 'VERIFIED');
      assert.ok(result.reasons.includes('SPELLING_SLIP_CORROBORATED:PAN'));
    });

    it('sends a slip with nothing independent behind it to a person, not to FAILED', () => {
      const unseeded = combineAssessments([ok('PAN', { aadhaarSeeded: false }), slip('AADHAAR', 'NO_MATCH'), off('CKYC', 'NOT_FOUND')], T);
      assert.equal(unseeded.status, 'REVIEW');
      assert.ok(unseeded.reasons.includes('SPELLING_SLIP_UNCORROBORATED:AADHAAR'));
      assert.ok(!unseeded.reasons.includes('SPELLING_SLIP_CORROBORATED:AADHAAR'));
      const panAlone = combineAssessments([slip('PAN'), ok('AADHAAR', { nameDecision: 'REVIEW', decision: 'REVIEW' })], T);
      assert.equal(panAlone.status, 'REVIEW');
      assert.ok(panAlone.reasons.includes('SPELLING_SLIP_UNCORROBORATED:PAN'));
    });

    it('does not let a slip on a date that is not exact count, nor one source back itself', () => {
      const swapped = combineAssessments([ok('PAN'), slip('AADHAAR'), ok('CKYC', { spellingSlip: true, dob: 'SWAPPED' })], T);
      assert.ok(swapped.reasons.includes('SPELLING_SLIP_UNCORROBORATED:CKYC'));
      const alone = combineAssessments([slip('PAN'), off('AADHAAR', 'UNAVAILABLE'), off('CKYC', 'NOT_FOUND')], T);
      assert.equal(alone.status, 'REVIEW');
      assert.ok(alone.reasons.includes('SPELLING_SLIP_UNCORROBORATED:PAN'));
    });
  });
});
