import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { NameLexicon } from './name-lexicon.js';
import { NameMatcher } from './name.matcher.js';

// The rules alone: name.matcher.lexicon.spec.ts covers what the lexicon adds.
const sut = new NameMatcher({ cacheSize: 0, lexicon: NameLexicon.fromLines([]) });

function assertMatch(a: string, b: string, ...codes: string[]): void {
  const result = sut.match(a, b);
  assert.equal(result.decision, 'MATCH', `${a} | ${b} scored ${result.score}: ${JSON.stringify(result.reasons)}`);
  const seen = result.reasons.map((reason) => reason.code);
  for (const code of codes) assert.ok(seen.includes(code), `${a} | ${b}: expected ${code} in ${seen.join(',')}`);
}

describe('NameMatcher: variants of one name match, with the reason', () => {
  it('case, spacing and punctuation', () => {
    assertMatch('TEJASWINI  .GOWDA', 'Tejaswini Gowda', 'CASE_PUNCTUATION_NORMALISED');
    assert.equal(sut.match('Omkar Naik', 'Omkar Naik').reasons[0].code, 'EXACT_MATCH');
  });

  it('honorifics and titles', () => {
    assertMatch('Late Smt. Durga Bai', 'Durga Bai', 'HONORIFIC_REMOVED');
    assertMatch('Adv. Ketan Parikh', 'Ketan Parikh', 'HONORIFIC_REMOVED');
  });

  it('a leading title the other record writes as a name part is that name (Baby, a Kerala given name)', () => {
    const swapped = sut.match('Baby John', 'John Baby');
    assert.equal(swapped.decision, 'REVIEW');
    assert.ok(swapped.reasons.some((reason) => reason.code === 'GIVEN_NAME_SHIFTED'));
    assert.equal(sut.match('Baby Priya', 'Priya').decision, 'MATCH');
  });

  it("Muslim women's titles written out and Odisha's Ku. for Kumari", () => {
    assert.equal(sut.match('Mohtarma Nazia Parveen', 'Nazia Parveen').decision, 'MATCH');
    assert.equal(sut.match('Mosammat Amina Khatun', 'Amina Khatun').decision, 'MATCH');
    assert.equal(sut.match('Smt. Usha Ku. Swain', 'Usha Kumari Swain').decision, 'MATCH');
  });

  it('South Indian initials against full names, either side', () => {
    assertMatch('V. Anbarasan', 'Velu Anbarasan', 'INITIAL_MATCHED');
    assertMatch('Anbarasan V', 'V. K. Anbarasan', 'EXTRA_INITIAL');
  });

  it('token order', () => {
    assertMatch('Kamath Shreya', 'Shreya Kamath', 'TOKEN_ORDER_DIFFERS');
    // The surname moving to the front is a reordering, not a father and son.
    assertMatch('PATIL RAHUL SURESH', 'Rahul Suresh Patil', 'TOKEN_ORDER_DIFFERS');
  });

  it('a glued Bhai, Ben or Bai against the same name written apart or without it', () => {
    assertMatch('Jayantibhai Patel', 'Jayanti Bhai Patel');
    assertMatch('Jayantibhai Patel', 'Jayanti Patel', 'SUFFIX_MISSING');
    assertMatch('Reuben Samuel', 'Mr. Reuben Samuel', 'HONORIFIC_REMOVED'); // -ben in a name is no marker
    assertMatch('Jitendrasinh Solanki', 'Jitendra Solanki', 'SUFFIX_MISSING'); // a glued Sinh, Gujarati for Singh
  });

  it('short-name typos that make no other name, and regional vowel spellings', () => {
    assertMatch('Ravi Jian', 'Ravi Jain', 'TYPO_TOLERATED');
    assertMatch('Mondal Tapas', 'Tapas Mandal', 'TYPO_TOLERATED');
    assertMatch('Shoaib Qureshi', 'Shoeb Kureshi', 'TRANSLITERATION_VARIANT');
    assertMatch('Dnyaneshwar Kale', 'Gyaneshwar Kale', 'TRANSLITERATION_VARIANT');
  });

  it("a middle or father's name in one record only", () => {
    assertMatch('Omkar Dattatray Naik', 'Omkar Naik', 'MIDDLE_NAME_MISSING');
  });

  it('abbreviations', () => {
    assertMatch('Md. Tauseef Alam', 'Mohammad Tauseef Alam', 'ABBREVIATION_EXPANDED');
    assertMatch('Lalan Pd. Singh', 'Lalan Prasad Singh', 'ABBREVIATION_EXPANDED');
  });

  it('transliteration variants', () => {
    assertMatch('Kshama Shrivastav', 'Xama Srivastava', 'TRANSLITERATION_VARIANT');
    assertMatch('Mrunal Thakre', 'Mrinal Thakre', 'TRANSLITERATION_VARIANT');
    assertMatch('Senthil Kumar', 'Sendhil Kumar', 'TRANSLITERATION_VARIANT'); // Tamil t / d after n
    assertMatch('Thangaraj Nadar', 'Thangaraju Nadar', 'TRANSLITERATION_VARIANT'); // Telugu/Tamil final u
    assertMatch('Pradyumna Mohanty', 'Pradyumn Mohanty', 'TRANSLITERATION_VARIANT');
    assertMatch('Dipendra Gogoi', 'Dipendra Gogoy', 'TRANSLITERATION_VARIANT');
    assertMatch('Kaveri Amma', 'Cauvery Amma', 'TRANSLITERATION_VARIANT');
    assertMatch('Navroz Contractor', 'Nowroz Contractor', 'TRANSLITERATION_VARIANT');
    assertMatch('Hrishikesh Mukherjee', 'Rishikesh Mukherjee', 'TRANSLITERATION_VARIANT');
    assertMatch('Sakthivel Raman', 'Sakthivelu Raman', 'TRANSLITERATION_VARIANT'); // Tamil final u after -vel
    assertMatch('Philip Kurien', 'Philip Kurian', 'TRANSLITERATION_VARIANT');
    assertMatch('Abdus Salam Ansari', 'Abdul Salam Ansari'); // Arabic al assimilated before S
    assertMatch('Pradyumansinh Jadeja', 'Pradyuman Singh Jadeja', 'SUFFIX_MISSING'); // Gujarati sinh for Singh, glued like Kumar
    assertMatch('विजय सिंह', 'Vijay Singh', 'SCRIPT_TRANSLITERATED');
    assertMatch('Suresh Nair', 'Suresh Nayar', 'TRANSLITERATION_VARIANT');
  });

  it('a single typo in a longer name', () => {
    assertMatch('Dayanidhi Maran', 'Dayanihdi Maran', 'TYPO_TOLERATED');
    assertMatch('Mohan Kulkami', 'Mohan Kulkarni', 'TYPO_TOLERATED'); // OCR rn for m
    assertMatch('Sunil Ansarl', 'Sunil Ansari', 'TYPO_TOLERATED'); // OCR l for i where no name has a cluster
  });

  it('joined and split tokens', () => {
    assertMatch('Sivaramakrishnan', 'Siva Rama Krishnan', 'TOKENS_JOINED');
  });

  it('Kumar, Devi, Bai, Ben present in one record only', () => {
    assertMatch('Tejalben Parmar', 'Tejal Parmar', 'SUFFIX_MISSING');
    assertMatch('Pramila Devi Sah', 'Pramila Sah', 'SUFFIX_MISSING');
  });

  it('S/O, D/O, W/O fragments are set aside', () => {
    assertMatch('Nikhil Rane S/O Vasant Rane', 'Nikhil Rane', 'RELATION_FRAGMENT_REMOVED');
    assertMatch('Kusum W/O Harilal Joshi', 'Kusum Joshi', 'SURNAME_FROM_RELATION');
  });

  it('what the stricter rules for distinct names still let through', () => {
    assertMatch('Dharmendra Yadav', 'Dharmedra Yadav', 'TYPO_TOLERATED'); // a dropped nasal in a long name
    assertMatch('Sunil Shetty', 'Suniel Shetty', 'TYPO_TOLERATED'); // an added vowel that makes no ai/au
    assertMatch('Xavier Rodrigues', 'Zavier Rodrigues', 'TRANSLITERATION_VARIANT');
    assertMatch('Faisal Khan', 'Faizal Khan', 'TRANSLITERATION_VARIANT');
    assertMatch('Sandeep Singh', 'Sundeep Singh', 'TRANSLITERATION_VARIANT');
    assertMatch('Ramesh Bhai Patel', 'Rameshbhai Patel');
    assertMatch('Mrs Rakesh Gupta', 'Smt. Rakesh Gupta', 'HONORIFIC_REMOVED'); // both name the wife
    assertMatch('Mrs Sunita Gupta', 'Sunita Gupta', 'HONORIFIC_REMOVED');
    assertMatch('Rajesh Kumari', 'Rajesh Kumari Sharma', 'SURNAME_MISSING');
    assertMatch('Bhaveshkumar Patel', 'Bhavesh Patel', 'SUFFIX_MISSING'); // Gujarati glued Kumar
    assertMatch('Sukhdeo Prasad', 'Sukhdev Prasad', 'TRANSLITERATION_VARIANT');
    assertMatch('Mallikarjuna Rao', 'Mallikarjun Rao', 'TRANSLITERATION_VARIANT');
    assertMatch('Sudhakara Rao', 'Sudhakar Rao', 'TRANSLITERATION_VARIANT');
    assertMatch('Omar Abdullah', 'Umar Abdullah', 'TRANSLITERATION_VARIANT');
    assertMatch('Venkaiah Naidu', 'Venkayya Naidu', 'TRANSLITERATION_VARIANT');
    assertMatch('Pandurang Shinde', 'Panduranga Shinde', 'TRANSLITERATION_VARIANT');
    assertMatch('Arjun Munda', 'Arjuna Munda', 'TRANSLITERATION_VARIANT');
    assertMatch('Kaushik Bandyopadhyay', 'Kaushik Banerjee', 'TRANSLITERATION_VARIANT');
    assertMatch('Ajay Singh', 'Ajay Pratap Singh', 'MIDDLE_NAME_MISSING');
  });

  it('scores within 0-100 and reports components', () => {
    const result = sut.match('Omkar Naik', 'Naik Omkar D.');
    assert.ok(Number.isInteger(result.score) && result.score > 0 && result.score <= 100);
    assert.deepEqual(Object.keys(result.components), ['givenName', 'surname', 'coverage', 'penalty']);
  });

  it('honours caller thresholds', () => {
    assert.equal(sut.match('Omkar Naik', 'Omkar D. Naik', { match: 99, review: 50 }).decision, 'REVIEW');
  });
});

describe('NameMatcher: one slip in a long name part (SPELLING_SLIP_LONG_TOKEN)', () => {
  it('matches a bare name pair whose only difference is a slip in a name part of seven or more letters', () => {
    assertMatch('Rukhsana Parveen', 'Rukhsana Parveem', 'SPELLING_SLIP_LONG_TOKEN');
    assertMatch('Jyotiraditya Scindia', 'Jyotiraditya Scindai', 'SPELLING_SLIP_LONG_TOKEN');
  });

  it('leaves a slip in a short name part, a slip beside another difference, and a sound-alike short of MATCH', () => {
    assert.equal(sut.match('Balakrishnan Nair', 'Balakrishnan Nari').decision, 'REVIEW');
    assert.notEqual(sut.match('Rukhsana Parveen', 'Rehana Parveem').decision, 'MATCH');
    assert.notEqual(sut.match('Sukanya Bhattacharya', 'Sukanta Bhattacharya').decision, 'MATCH');
  });

  it('leaves the slip at review when the caller weighs it against other evidence', () => {
    const strict = sut.match('Rukhsana Parveen', 'Rukhsana Parveem', undefined, { acceptLongTokenSlip: false });
    assert.equal(strict.decision, 'REVIEW');
    assert.ok(!strict.reasons.some((reason) => reason.code === 'SPELLING_SLIP_LONG_TOKEN'));
  });

  it('reads a digit as the letter it resembles (OCR_DIGIT_READ), but a digit does not hide another name', () => {
    assertMatch('Shivaraj Patil', 'Shivaraj Pati1', 'OCR_DIGIT_READ');
    assertMatch('Omkar Sawant', '0mkar Sawant', 'OCR_DIGIT_READ');
    assert.notEqual(sut.match('Rajesh Patil', 'Rakesh Pati1').decision, 'MATCH');
  });
});
