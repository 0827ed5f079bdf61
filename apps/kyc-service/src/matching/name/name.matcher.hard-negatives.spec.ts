import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { NameMatcher } from './name.matcher.js';

const sut = new NameMatcher({ cacheSize: 0 });

function assertNotMatch(a: string, b: string, code: string): void {
  const result = sut.match(a, b);
  assert.notEqual(result.decision, 'MATCH', `${a} | ${b} scored ${result.score}`);
  const seen = result.reasons.map((reason) => reason.code);
  assert.ok(seen.includes(code), `${a} | ${b}: expected ${code} in ${seen.join(',')}`);
}

describe('NameMatcher: different people who look alike do not match', () => {
  it('family members sharing a surname', () => {
    assertNotMatch('Shreya Kamath', 'Shruti Kamath', 'GIVEN_NAME_DIFFERS');
    assertNotMatch('Tejal Parmar', 'Hetal Parmar', 'GIVEN_NAME_DIFFERS');
    assertNotMatch('Shivani Mishra', 'Shivangi Mishra', 'GIVEN_NAME_DIFFERS'); // consonant after n
    assertNotMatch('Harish Rawat', 'Harsh Rawat', 'GIVEN_NAME_DIFFERS'); // dropped i is no slip
    assertNotMatch('Ramu Naidu', 'Ram Naidu', 'GIVEN_NAME_DIFFERS'); // final u only on male stems
    assertNotMatch('Anand Kumar', 'Anant Kumar', 'GIVEN_NAME_DIFFERS');
  });

  it('a name and its female form, a vowel ending added (folding would leave them one glide apart)', () => {
    assertNotMatch('Chinmay Mohapatra', 'Chinmayee Mohapatra', 'GIVEN_NAME_DIFFERS');
    assertNotMatch('Pranav Rao', 'Pranavi Rao', 'GIVEN_NAME_DIFFERS');
    assert.equal(sut.match('Shailesh Rao', 'Shailesha Rao').decision, 'MATCH', "Kannada's final schwa is a spelling");
  });

  it("an initial against a record whose own initial stands for a word here: each writes its own father's initial", () => {
    assertNotMatch('G. Mahesh', 'Mahesh Gowda M', 'INITIAL_CONFLICT');
    assert.equal(sut.match('Senthilkumar K', 'K Senthil Kumar').decision, 'MATCH', 'the same initial agrees');
  });

  it("father and son, where the father's name is the son's middle name", () => {
    assertNotMatch('Vasant Rane', 'Nikhil Vasant Rane', 'GIVEN_NAME_SHIFTED');
    assertNotMatch('Vasant Rane', 'Nikhil Rane S/O Vasant Rane', 'GIVEN_NAME_DIFFERS');
  });

  it("two given names in opposite order: a Kerala son carries his father's name after his own and his grandfather's before it", () => {
    assertNotMatch('John Mathew', 'Mathew John', 'GIVEN_NAME_SHIFTED');
    assertNotMatch('Venkatesh Krishnamurthy', 'Krishnamurthy Venkatesh', 'GIVEN_NAME_SHIFTED'); // -murthy only on men
    assertNotMatch('Ramaswamy Srinivas', 'Srinivas Ramaswamy', 'GIVEN_NAME_SHIFTED');
    assertNotMatch('Thomas Varghese', 'Varghese Thomas', 'GIVEN_NAME_SHIFTED');
    assert.equal(sut.match('Sharma Rajesh', 'Rajesh Sharma').decision, 'MATCH', 'a surname moved to the front still matches');
  });

  it('father and son who trade given and middle names beside one surname', () => {
    assertNotMatch('Rahul Suresh Patil', 'Suresh Rahul Patil', 'GIVEN_NAME_SHIFTED');
    assertNotMatch('Jose Mathew Kalathil', 'Mathew Jose Kalathil', 'GIVEN_NAME_SHIFTED');
  });

  it('a different middle name where the other record has Singh, Kumar or Lal', () => {
    assertNotMatch('Mohan Lal Sharma', 'Mohan Singh Sharma', 'MIDDLE_NAME_DIFFERS');
    assertNotMatch('Ram Kumar Yadav', 'Ram Prasad Yadav', 'MIDDLE_NAME_DIFFERS');
    assertNotMatch('Ajay Kumar Singh', 'Ajay Pratap Singh', 'MIDDLE_NAME_DIFFERS'); // Pratap stands before the trailing Singh
    assertNotMatch('Ramkumar Yadav', 'Ram Kishore Yadav', 'MIDDLE_NAME_DIFFERS'); // a glued Kumar
    assertNotMatch('Vijaya Rao', 'Vijayakumar Rao', 'GIVEN_NAME_DIFFERS'); // Vijaya is a woman's name, not a stem
  });

  it('a glued Bhai against a separate Ben', () => {
    assertNotMatch('Jayantibhai Patel', 'Jayanti Ben Patel', 'GENDER_MARKER_CONFLICT');
  });

  it('first vowels and consonants that make another name', () => {
    assertNotMatch('Sasmita Panda', 'Susmita Panda', 'GIVEN_NAME_DIFFERS');
    assertNotMatch('Harjinder Kaur', 'Harvinder Kaur', 'GIVEN_NAME_DIFFERS');
  });

  it('husband and wife', () => {
    assertNotMatch('Kishan Lal', 'Kishani Lal', 'GIVEN_NAME_DIFFERS');
    assertNotMatch('Balwinder Singh Mann', 'Balwinder Kaur Mann', 'GENDER_MARKER_CONFLICT');
    assertNotMatch('Mr. Kedar Apte', 'Mrs. Kedar Apte', 'GENDER_MARKER_CONFLICT');
  });

  it('names one consonant or one vowel apart', () => {
    assertNotMatch('Mukesh Bansal', 'Mukul Bansal', 'GIVEN_NAME_DIFFERS');
    assertNotMatch('Ramesh Bansal', 'Rajesh Bansal', 'GIVEN_NAME_DIFFERS');
    assertNotMatch('Anil Bansal', 'Amil Bansal', 'GIVEN_NAME_DIFFERS');
    assertNotMatch('Nalini Bansal', 'Nalina Bansal', 'GIVEN_NAME_DIFFERS');
  });

  it('different initials mean different fathers', () => {
    assertNotMatch('R. Anbarasan', 'V. Anbarasan', 'INITIAL_CONFLICT');
  });

  it('different surnames, different relatives, Jr against Sr', () => {
    assertNotMatch('Omkar Naik', 'Omkar Kamath', 'SURNAME_DIFFERS');
    assertNotMatch('Ayaan S/O Imtiaz Khan', 'Ayaan S/O Iqbal Khan', 'RELATION_DIFFERS');
    assertNotMatch('Kedar Apte Jr', 'Kedar Apte Sr', 'GENERATION_DIFFERS');
  });

  it('distinct names that spelling rules would merge: s/sh, a nasal, a diphthong', () => {
    assertNotMatch('Sanjay Das', 'Sanjay Dash', 'SURNAME_DIFFERS');
    assertNotMatch('Mohd Siraj', 'Mohd Shiraz', 'GIVEN_NAME_DIFFERS');
    assertNotMatch('Vikram Sethi', 'Vikram Shetty', 'SURNAME_DIFFERS');
    assertNotMatch('Amit Rai', 'Amit Roy', 'SURNAME_DIFFERS');
    assertNotMatch('Sajeev Kumar', 'Sanjeev Kumar', 'GIVEN_NAME_DIFFERS');
    assertNotMatch('Sujay Mehta', 'Sanjay Mehta', 'GIVEN_NAME_DIFFERS');
    assertNotMatch('Biju Thomas', 'Baiju Thomas', 'GIVEN_NAME_DIFFERS');
    assertNotMatch('Saeed Ahmed', 'Syed Ahmed', 'GIVEN_NAME_SHIFTED');
    assertNotMatch('Saina Mirza', 'Sania Mirza', 'GIVEN_NAME_DIFFERS'); // an inner swap that makes another name
    assertNotMatch('Arti Joshi', 'Atri Joshi', 'GIVEN_NAME_DIFFERS');
    assertNotMatch('Raghubar Das', 'Raghubir Das', 'GIVEN_NAME_DIFFERS');
  });

  it('one-letter minimal pairs and gender pairs of given names', () => {
    assertNotMatch('Rajesh Kumar', 'Ramesh Kumar', 'GIVEN_NAME_DIFFERS');
    assertNotMatch('Anil Sharma', 'Sunil Sharma', 'GIVEN_NAME_DIFFERS');
    assertNotMatch('Mohan Lal', 'Sohan Lal', 'GIVEN_NAME_DIFFERS');
    assertNotMatch('Tapas Ghosh', 'Tapan Ghosh', 'GIVEN_NAME_DIFFERS');
    assertNotMatch('Arun Nair', 'Aruna Nair', 'GIVEN_NAME_DIFFERS');
    assertNotMatch('Suresh Nair', 'Suresh Naik', 'SURNAME_DIFFERS');
    assertNotMatch('Manish Shah', 'Manish Saha', 'SURNAME_DIFFERS');
    assertNotMatch('Amit Shah', 'Amit Sah', 'SURNAME_DIFFERS');
    assertNotMatch('Shaji Paul', 'Saji Paul', 'GIVEN_NAME_DIFFERS');
  });

  it('gender-marking suffixes: Kumar against Kumari, a woman named after a man in one record only', () => {
    assertNotMatch('Ravi Kumar', 'Ravi Kumari', 'GENDER_MARKER_CONFLICT');
    assertNotMatch('Ravi', 'Ravi Kumari', 'GENDER_MARKER_CONFLICT');
    assertNotMatch('Ramesh Bhai Patel', 'Rameshwari Ben Patel', 'GENDER_MARKER_CONFLICT');
  });

  it("a wife written by her husband's name against the husband", () => {
    assertNotMatch('Mrs Rakesh Gupta', 'Rakesh Gupta', 'GENDER_MARKER_CONFLICT');
    assertNotMatch('Anil Deshmukh', 'Smt. Anil Deshmukh', 'GENDER_MARKER_CONFLICT');
    assertNotMatch('Mrs. Manmohan Singh', 'Manmohan Singh', 'GENDER_MARKER_CONFLICT'); // a man's ending: -mohan
    assertNotMatch('Smt. Joseph Mathew', 'Joseph Mathew', 'GENDER_MARKER_CONFLICT');
    assert.equal(sut.match('Mrs Rakesh Gupta', 'Rakesh Gupta').decision, 'NO_MATCH');
    assert.equal(sut.match('Smt Kamlesh Rani', 'Kamlesh Rani').decision, 'MATCH', "Kamlesh is also a woman's name (Kamlesh Devi)");
  });

  it('different words where the surname goes, of any kind', () => {
    assertNotMatch('Asif Singh', 'Asif Syed', 'SUFFIX_DIFFERS');
  });

  it('relation fragments that name the other person', () => {
    assertNotMatch('Rakesh Gupta S/O Suresh Gupta', 'Suresh Gupta', 'GIVEN_NAME_DIFFERS');
    assertNotMatch('Sunita Devi W/O Ramesh Kumar', 'Ramesh Kumar', 'NO_COMMON_TOKENS');
  });

  it('nothing in common', () => {
    const result = sut.match('Tejal Parmar', 'Omkar Naik');
    assert.equal(result.decision, 'NO_MATCH');
    assert.equal(result.score, 0);
  });
});
