import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { matchIdentity } from './identity.matcher.js';

const applicant = { name: 'Omkar Dattatray Naik', dob: '09/04/1986', address: 'Flat 4, Sai Apts, Sec 9, Vashi 400703' };
const codes = (result: ReturnType<typeof matchIdentity>) => result.reasons.map((reason) => reason.code);

describe('matchIdentity', () => {
  it('matches the same person across record styles', () => {
    const result = matchIdentity(applicant, {
      name: 'OMKAR NAIK',
      dob: '1986-04-09',
      address: { line1: '4 Sai Apartments', line2: 'Sector 9, Vashi', pincode: '400703' },
    });
    assert.equal(result.decision, 'MATCH');
    assert.deepEqual(Object.keys(result.components), ['name', 'dob', 'address']);
  });

  it('refuses a day-month swap as another date of birth, naming the swap', () => {
    const result = matchIdentity(applicant, { ...applicant, dob: '1986-09-04' });
    assert.equal(result.decision, 'NO_MATCH');
    assert.ok(codes(result).includes('DOB_DAY_MONTH_SWAPPED'));
  });

  it('never matches when the date of birth differs', () => {
    assert.equal(matchIdentity(applicant, { ...applicant, dob: '1988-04-09' }).decision, 'NO_MATCH');
  });

  it('refuses a different name whatever else agrees (twins at one address)', () => {
    const result = matchIdentity(applicant, { ...applicant, name: 'Ameya Dattatray Naik' });
    assert.equal(result.decision, 'NO_MATCH');
    assert.ok(codes(result).includes('NAME_MISMATCH'));
    assert.ok(result.score < 55);
  });

  it('scores without an address when one record lacks it', () => {
    const result = matchIdentity(applicant, { name: 'Omkar Naik', dob: '1986-04-09' });
    assert.equal(result.decision, 'MATCH');
    assert.equal(result.components.address, -1);
    assert.ok(codes(result).includes('ADDRESS_MISSING'));
  });

  it('lets an exact date and address carry a name that needs review', () => {
    const result = matchIdentity(
      { name: 'Omkar Kumar', dob: '1986-04-09', address: applicant.address },
      { name: 'Omkar Singh', dob: '1986-04-09', address: applicant.address },
    );
    assert.equal(result.decision, 'MATCH');
    assert.ok(codes(result).includes('IDENTITY_CORROBORATED'));
  });

  it('does not let a shared date and address carry a conflicting name part (twins, brothers)', () => {
    const result = matchIdentity(
      { name: 'Omkar Dattatray Naik', dob: '1986-04-09', address: applicant.address },
      { name: 'Omkar Vishwanath Naik', dob: '1986-04-09', address: applicant.address },
    );
    assert.equal(result.decision, 'REVIEW');
    assert.ok(codes(result).includes('MIDDLE_NAME_DIFFERS'));
    assert.ok(!codes(result).includes('IDENTITY_CORROBORATED'));
  });

  it('refuses a conflicting name part when the addresses also differ, keeping review when they agree', () => {
    const gupta = { name: 'Anjali Gupta', dob: '1991-08-19', address: 'Lajpat Nagar, Delhi 110024' };
    const moved = matchIdentity(gupta, { name: 'Anjali Mishra', dob: '1991-08-19', address: 'Gomti Nagar, Lucknow 226010' });
    assert.equal(moved.decision, 'NO_MATCH');
    assert.ok(codes(moved).includes('SURNAME_DIFFERS') && codes(moved).includes('NAME_MISMATCH'));
    assert.ok(moved.score < 55);
    const sameHouse = matchIdentity(gupta, { ...gupta, name: 'Anjali Mishra' });
    assert.equal(sameHouse.decision, 'REVIEW');
    const noAddress = matchIdentity({ name: 'Anjali Gupta', dob: '1991-08-19' }, { name: 'Anjali Mishra', dob: '1991-08-19' });
    assert.equal(noAddress.decision, 'REVIEW', 'a missing address contradicts nothing');
  });

  it('refuses a conflicting name part beside a day-month swap, and a swap alone', () => {
    const conflicting = matchIdentity(applicant, { ...applicant, name: 'Omkar Vishwanath Naik', dob: '1986-09-04' });
    assert.equal(conflicting.decision, 'NO_MATCH');
    assert.ok(codes(conflicting).includes('NAME_MISMATCH'));
    const initials = matchIdentity({ ...applicant, name: 'K. Suresh' }, { ...applicant, name: 'M. Suresh', dob: '1986-09-04' });
    assert.equal(initials.decision, 'NO_MATCH');
    assert.equal(matchIdentity(applicant, { ...applicant, dob: '1986-09-04' }).decision, 'NO_MATCH');
  });

  it('lets a year of birth alone agree beside a matching name at the same pincode, and nowhere else', () => {
    const yearOnly = matchIdentity(applicant, { ...applicant, dob: '1986' });
    assert.equal(yearOnly.decision, 'MATCH');
    assert.ok(codes(yearOnly).includes('DOB_YEAR_CORROBORATED'));
    assert.equal(matchIdentity(applicant, { ...applicant, dob: '1987' }).decision, 'NO_MATCH', 'another year is another date');
    const noAddress = { name: applicant.name, dob: applicant.dob };
    assert.equal(matchIdentity(noAddress, { ...noAddress, dob: '1986' }).decision, 'REVIEW', 'no address to place the person');
    const otherPin = matchIdentity(applicant, { ...applicant, dob: '1986', address: 'Flat 4, Sai Apts, Sec 9, Nerul 400706' });
    assert.equal(otherPin.decision, 'REVIEW', 'another pincode');
    const middleDiffers = matchIdentity(applicant, { ...applicant, name: 'Omkar Vasant Naik', dob: '1986' });
    assert.notEqual(middleDiffers.decision, 'MATCH', 'a name under review is not carried by a year');
  });

  it('lets an exact date of birth carry a one-letter slip in a long name part', () => {
    const result = matchIdentity({ ...applicant, name: 'Omkar Bhosale' }, { name: 'Omkar Bhosake', dob: '1986-04-09' });
    assert.equal(result.decision, 'MATCH');
    assert.ok(codes(result).includes('SPELLING_SLIP_CORROBORATED'));
    assert.ok(!codes(result).includes('NAME_NEEDS_REVIEW'));
    assert.equal(result.components.name, 60, 'the name part keeps its own score');
    const strict = matchIdentity(
      { ...applicant, name: 'Omkar Bhosale' },
      { name: 'Omkar Bhosake', dob: '1986-04-09' },
      { match: 98, review: 55 },
    );
    assert.notEqual(strict.decision, 'MATCH', 'stricter thresholds still apply to the identity without the slip');
  });

  it('does not let a slip through when the date of birth is not exact', () => {
    const slipped = { ...applicant, name: 'Omkar Bhosale' };
    const swapped = matchIdentity(slipped, { ...slipped, name: 'Omkar Bhosake', dob: '1986-09-04' });
    assert.equal(swapped.decision, 'NO_MATCH');
    assert.ok(!codes(swapped).includes('SPELLING_SLIP_CORROBORATED'));
    const differs = matchIdentity(slipped, { ...slipped, name: 'Omkar Bhosake', dob: '1987-04-09' });
    assert.equal(differs.decision, 'NO_MATCH');
  });

  it('does not let an exact date carry a slip in a short name or a sound-alike given name', () => {
    const short = matchIdentity({ name: 'Ravi Nair', dob: '1986-04-09' }, { name: 'Ravi Nari', dob: '1986-04-09' });
    assert.notEqual(short.decision, 'MATCH');
    const soundAlike = matchIdentity({ name: 'Rakesh Yadav', dob: '1986-04-09' }, { name: 'Rajesh Yadav', dob: '1986-04-09' });
    assert.equal(soundAlike.decision, 'NO_MATCH');
    assert.ok(!codes(soundAlike).includes('SPELLING_SLIP_CORROBORATED'));
  });

  it('sends an exact name and a 1 January date of birth at another address in the same city to review (a namesake on the filler date)', () => {
    const patna = { name: 'Rahul Kumar', dob: '1990-01-01', address: '14, Kankarbagh, Patna 800020' };
    const boring = matchIdentity(patna, { name: 'RAHUL KUMAR', dob: '01/01/1990', address: 'House 221, Boring Road, Patna 800001' });
    assert.equal(boring.decision, 'REVIEW');
    assert.ok(codes(boring).includes('NAMESAKE_POSSIBLE'));
    assert.equal(matchIdentity(patna, { ...patna, name: 'RAHUL KUMAR' }).decision, 'MATCH', 'the same address confirms the person');
  });

  it('does not count a community surname (Bhutia, Lepcha) as a distinctive part of the name', () => {
    const namchi = { name: 'Pem Tshering Bhutia', dob: '1979-12-24', address: 'Namchi, Sikkim 737126' };
    const gyalshing = matchIdentity(namchi, { name: 'PEM TSHERING BHUTIA', dob: '24-12-1979', address: 'Gyalshing, Sikkim 737111' });
    assert.notEqual(gyalshing.decision, 'MATCH');
    assert.ok(codes(gyalshing).includes('NAMESAKE_POSSIBLE'));
    assert.equal(
      matchIdentity(namchi, { ...namchi, name: 'PEM TSHERING BHUTIA' }).decision,
      'MATCH',
      'the same address confirms the person',
    );
  });

  it('sends the same name and date of birth at another pincode of the same city to review: a namesake as likely as a move', () => {
    const delhi = { name: 'Priya Sharma', dob: '1990-06-15', address: '12, Rajouri Garden, New Delhi 110027' };
    const rohini = matchIdentity(delhi, { name: 'PRIYA SHARMA', dob: '15/06/1990', address: '8, Sector 9, Rohini, Delhi 110085' });
    assert.equal(rohini.decision, 'REVIEW');
    assert.ok(codes(rohini).includes('NAMESAKE_POSSIBLE'));
    const sameArea = matchIdentity(delhi, {
      name: 'PRIYA SHARMA',
      dob: '15/06/1990',
      address: 'Flat 9B, Tagore Garden Extn, Delhi 110027',
    });
    assert.equal(sameArea.decision, 'MATCH', 'a move within the same pincode is a move');
  });

  it('does not match the same name and date of birth in another city (another postal district), however distinctive the name', () => {
    const srinagar = { name: 'Lalit Mohan Kaul', dob: '1970-06-30', address: 'Rawalpora, Srinagar 190005' };
    const jammu = matchIdentity(srinagar, { ...srinagar, address: 'Sector 21, Jammu 180012' });
    assert.equal(jammu.decision, 'NO_MATCH');
    assert.ok(codes(jammu).includes('ADDRESS_IN_ANOTHER_CITY'));
    const delhi = { name: 'Priya Sharma', dob: '1990-06-15', address: '12, Rajouri Garden, New Delhi 110027' };
    assert.equal(matchIdentity(delhi, { ...delhi, address: '8, Arera Colony, Bhopal 462016' }).decision, 'NO_MATCH');
    const renamed = matchIdentity(srinagar, { ...srinagar, name: 'LALIT MOHAN KAUL', address: 'Rawalpora, Srinagar J&K 190005' });
    assert.equal(renamed.decision, 'MATCH', 'the same pincode is the same place');
  });

  it('keeps a distinctive name (three full parts) at another pincode of the same city a move, and never lets a namesake check pass a slip', () => {
    const srinagar = { name: 'Lalit Mohan Kaul', dob: '1970-06-30', address: 'Rawalpora, Srinagar 190005' };
    assert.equal(matchIdentity(srinagar, { ...srinagar, address: 'Lal Chowk, Srinagar 190001' }).decision, 'MATCH');
    const partial = matchIdentity({ name: 'Omkar Bhosale', dob: '1986' }, { name: 'Omkar Bhosake', dob: '1986-04-09' });
    assert.equal(partial.decision, 'REVIEW', 'a long-token slip is not accepted on the name alone in an identity');
  });

  it('sends a given name with only Kumar, Singh, Kaur or Devi at another address to review (no family name to tell namesakes apart)', () => {
    const coimbatore = { name: 'Senthil Kumar', dob: '1982-06-10', address: '5, Gandhipuram, Coimbatore 641012' };
    const namesake = matchIdentity(coimbatore, { name: 'SENTHIL KUMAR', dob: '10/06/1982', address: '11, Peelamedu, Coimbatore 641004' });
    assert.equal(namesake.decision, 'REVIEW');
    assert.ok(codes(namesake).includes('NAMESAKE_POSSIBLE'));
    const family = { name: 'Senthil Kumar Rajendran', dob: '1982-06-10', address: coimbatore.address };
    const moved = matchIdentity(family, { ...family, address: '11, KK Nagar, Coimbatore 641012' });
    assert.equal(moved.decision, 'MATCH', 'a family name at a new address in the same pincode is a move');
  });
});
