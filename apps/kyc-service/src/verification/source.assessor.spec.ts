import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { SourceReport } from '../sources/identity-source.js';
import { assessSource, type Applicant } from './source.assessor.js';

const T = { match: 80, review: 55 };
const applicant: Applicant = {
  fullName: 'Rajesh Kumar Sharma',
  dob: '1985-08-15',
  gender: 'M',
  address: { line1: '12 MG Road, Camp', city: 'Pune', state: 'Maharashtra', pincode: '411001' },
};

function report(source: SourceReport['source'], record: Partial<SourceReport['record']>, facts: SourceReport['facts'] = {}): SourceReport {
  return {
    source,
    status: 'OK',
    attempts: [],
    lastError: null,
    raw: null,
    facts,
    record: { name: 'Rajesh Kumar Sharma', dob: '1985-08-15', gender: 'M', address: null, ...record },
  };
}

describe('assessSource', () => {
  it('matches a PAN whose name is written in capitals with an initial', () => {
    const result = assessSource(applicant, report('PAN', { name: 'RAJESH K SHARMA' }, { panStatus: 'VALID', dobMatch: true }), T);
    assert.equal(result.decision, 'MATCH');
    assert.equal(result.components.dob, 100);
  });

  it('says no to a PAN whose date of birth does not match or that is not VALID', () => {
    assert.equal(assessSource(applicant, report('PAN', {}, { panStatus: 'VALID', dobMatch: false }), T).dob, 'DIFFERENT');
    assert.equal(assessSource(applicant, report('PAN', {}, { panStatus: 'DEACTIVATED', dobMatch: true }), T).decision, 'NO_MATCH');
  });

  it('matches an Aadhaar record with an abbreviated address and refuses a day-month swap as another date', () => {
    const address = { line1: '12, MG Rd', line2: 'Camp', city: 'Pune', state: 'Maharashtra', pincode: '411001' };
    const same = assessSource(applicant, report('AADHAAR', { address }), T);
    assert.deepEqual([same.decision, same.dob, same.genderAgrees], ['MATCH', 'EXACT', true]);
    assert.ok(same.components.address! >= 80);
    const swapped = assessSource({ ...applicant, dob: '1985-04-09' }, report('AADHAAR', { address, dob: '1985-09-04' }), T);
    assert.deepEqual([swapped.decision, swapped.dob], ['NO_MATCH', 'SWAPPED']);
  });

  it('marks a record that agrees in everything but lies in another city, and no other', () => {
    const nagpur = { line1: '4 Dharampeth', city: 'Nagpur', state: 'Maharashtra', pincode: '440010' };
    const elsewhere = assessSource(applicant, report('AADHAAR', { address: nagpur }), T);
    assert.deepEqual(
      [elsewhere.decision, elsewhere.nameDecision, elsewhere.dob, elsewhere.addressElsewhere],
      ['NO_MATCH', 'MATCH', 'EXACT', true],
    );
    const sameCity = { line1: '9 FC Road', city: 'Pune', state: 'Maharashtra', pincode: '411004' };
    assert.equal(assessSource(applicant, report('AADHAAR', { address: sameCity }), T).addressElsewhere, undefined);
  });

  it('holds a differing gender at review and a different person at no match', () => {
    assert.equal(assessSource(applicant, report('CKYC', { gender: 'F' }), T).decision, 'REVIEW');
    const other = assessSource(applicant, report('CKYC', { name: 'Rakesh Kumar Sharma' }), T);
    assert.deepEqual([other.decision, other.nameDecision], ['NO_MATCH', 'NO_MATCH']);
  });

  it('leaves a source that did not answer unscored', () => {
    const result = assessSource(applicant, { ...report('CKYC', {}), status: 'UNAVAILABLE', record: null }, T);
    assert.deepEqual([result.status, result.decision, result.score], ['UNAVAILABLE', null, null]);
  });

  it('lets a PAN that confirms the date of birth carry a one-letter slip, keeping the name decision honest', () => {
    const slipped = { ...applicant, fullName: 'Priya Sharma' };
    const pan = assessSource(slipped, report('PAN', { name: 'PRIYA SHARNA' }, { panStatus: 'VALID', dobMatch: true }), T);
    assert.deepEqual([pan.decision, pan.nameDecision, pan.spellingSlip], ['MATCH', 'REVIEW', true]);
    assert.ok(pan.reasons.some((reason) => reason.code === 'SPELLING_SLIP_CORROBORATED'));
    const unconfirmed = assessSource(slipped, report('PAN', { name: 'PRIYA SHARNA' }, { panStatus: 'VALID', dobMatch: false }), T);
    assert.deepEqual([unconfirmed.decision, unconfirmed.spellingSlip], ['NO_MATCH', undefined]);
  });

  it('marks an Aadhaar record whose exact date of birth carries a slip, with the name decision it had alone', () => {
    const aadhaar = assessSource({ ...applicant, fullName: 'Priya Sharma' }, report('AADHAAR', { name: 'Priya Sharna' }), T);
    assert.deepEqual([aadhaar.decision, aadhaar.nameDecision, aadhaar.spellingSlip], ['MATCH', 'REVIEW', true]);
    const swapped = assessSource(
      { ...applicant, fullName: 'Priya Sharma' },
      report('AADHAAR', { name: 'Priya Sharna', dob: '1985-15-08' }),
      T,
    );
    assert.notEqual(swapped.spellingSlip, true);
  });
});
