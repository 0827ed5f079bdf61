import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { transliterateIndicScript } from './indic-script.transliterator.js';
import { NameMatcher } from './name.matcher.js';

const sut = new NameMatcher({ cacheSize: 0 });

function assertMatches(native: string, latin: string): void {
  const result = sut.match(native, latin);
  assert.equal(result.decision, 'MATCH', `${native} | ${latin} scored ${result.score}`);
  assert.equal(result.reasons[0].code, 'SCRIPT_TRANSLITERATED');
}

function assertDiffers(native: string, latin: string): void {
  const result = sut.match(native, latin);
  assert.notEqual(result.decision, 'MATCH', `${native} | ${latin} scored ${result.score}`);
}

describe('transliterateIndicScript', () => {
  it('reads Devanagari as before, and Rao written out', () => {
    assert.equal(transliterateIndicScript('सुरेश मिश्र'), 'suresh mishra');
    assert.equal(transliterateIndicScript('शंभू राव'), 'shambhoo rao');
    assert.equal(transliterateIndicScript('दिनेश भट्ट'), 'dinesh bhatt');
  });

  it('reads Bengali and Assamese: khanda ta, ৰ, য as j', () => {
    assert.equal(transliterateIndicScript('শরৎ'), 'sharat');
    assert.equal(transliterateIndicScript('ৰঞ্জিত বৰা'), 'ranjit baraa');
    assert.equal(transliterateIndicScript('যতীন'), 'jateen');
    assert.equal(transliterateIndicScript('দত্ত'), 'datta');
  });

  it('reads Gurmukhi tippi and addak', () => {
    assert.equal(transliterateIndicScript('ਮਨਜੀਤ ਸਿੰਘ'), 'manajeet singh');
    assert.equal(transliterateIndicScript('ਪੱਪੂ'), 'pappoo');
    assert.equal(transliterateIndicScript('ਸਿੱਧੂ ਗਿੱਲ'), 'siddhoo gill');
  });

  it('reads Gujarati, with જ્ઞ as gn', () => {
    assert.equal(transliterateIndicScript('હિતેશ મહેતા'), 'hitesh mahetaa');
    assert.equal(transliterateIndicScript('પ્રજ્ઞા'), 'pragnaa');
  });

  it('reads Odia ଯ as j and ୟ as y', () => {
    assert.equal(transliterateIndicScript('ଯଶୋଦା'), 'jashodaa');
    assert.equal(transliterateIndicScript('ଜୟନ୍ତ'), 'jayanta');
  });

  it('reads Tamil stops by position, ழ, ற்ற and the pulli', () => {
    assert.equal(transliterateIndicScript('முருகன்'), 'murugan');
    assert.equal(transliterateIndicScript('செந்தில்'), 'senthil');
    assert.equal(transliterateIndicScript('அன்பழகன்'), 'anbazhagan');
    assert.equal(transliterateIndicScript('பாண்டியன்'), 'paandiyan');
    assert.equal(transliterateIndicScript('வெற்றிவேல்'), 'vetrivel');
    assert.equal(transliterateIndicScript('மீனாட்சி'), 'meenaakshi');
    assert.equal(transliterateIndicScript('சிவகுமார்'), 'sivakumaar');
    assert.equal(transliterateIndicScript('சுப்பிரமணியன் பிரியா'), 'subramaniyan priyaa');
  });

  it('keeps the final vowel in Telugu, Kannada and Malayalam, and reads chillu letters', () => {
    assert.equal(transliterateIndicScript('వెంకటేశ్వర'), 'venkateshvara');
    assert.equal(transliterateIndicScript('ನಾಗರಾಜ'), 'naagaraaja');
    assert.equal(transliterateIndicScript('ബാലകൃഷ്ണൻ നായർ'), 'baalakrishnan naayar');
    assert.equal(transliterateIndicScript('വിൻസെന്റ്'), 'vinsent');
  });
});

describe('NameMatcher with names in Indian scripts', () => {
  it('matches Bengali and Assamese records, not another name', () => {
    assertMatches('সৌরভ গাঙ্গুলী', 'Sourav Ganguly');
    assertMatches('দেবাশিস চক্রবর্তী', 'Debashis Chakraborty');
    assertMatches('ৰাজীৱ কলিতা', 'Rajiv Kalita');
    assertDiffers('সুদীপ্ত সেন', 'Sandip Sen');
  });

  it('matches Gurmukhi records, not another name', () => {
    assertMatches('ਗੁਰਪ੍ਰੀਤ ਕੌਰ', 'Gurpreet Kaur');
    assertMatches('ਮਨਜੀਤ ਸਿੰਘ', 'Manjeet Singh');
    assertMatches('ਗੁਰਦੀਪ ਸਿੰਘ ਗਿੱਲ', 'Gurdeep Singh Gill');
    assertDiffers('ਜਸਵਿੰਦਰ ਸਿੰਘ', 'Balwinder Singh');
  });

  it('matches Gujarati records, not another name', () => {
    assertMatches('કિંજલ દેસાઈ', 'Kinjal Desai');
    assertMatches('પ્રજ્ઞા શાહ', 'Pragna Shah');
    assertDiffers('હેતલ પટેલ', 'Tejal Patel');
  });

  it('matches Odia records, not another name', () => {
    assertMatches('ଜଗନ୍ନାଥ ପଣ୍ଡା', 'Jagannath Panda');
    assertMatches('ସୁଭାଷ ମହାପାତ୍ର', 'Subhash Mohapatra');
    assertDiffers('ସସ୍ମିତା ନାୟକ', 'Susmita Nayak');
  });

  it('matches Tamil records with k or g, not another name', () => {
    assertMatches('செந்தில் குமார்', 'Senthil Kumar');
    assertMatches('அன்பழகன்', 'Anbalagan');
    assertMatches('முருகேசன்', 'Murukesan');
    assertDiffers('ராஜேஷ்', 'Rakesh');
  });

  it('matches Telugu records, not another name', () => {
    assertMatches('వెంకటేశ్వర రావు', 'Venkateswara Rao');
    assertMatches('సాయి కిరణ్ రెడ్డి', 'Sai Kiran Reddy');
    assertDiffers('రమేష్ రెడ్డి', 'Rajesh Reddy');
  });

  it('matches Kannada records, not another name', () => {
    assertMatches('ನಾಗರಾಜ', 'Nagaraj');
    assertMatches('ಬಸವರಾಜ ಪಾಟೀಲ್', 'Basavaraj Patil');
    assertDiffers('ಮಹೇಶ ಗೌಡ', 'Mukesh Gowda');
  });

  it('matches Malayalam records, not another name', () => {
    assertMatches('ബാലകൃഷ്ണൻ നായർ', 'Balakrishnan Nair');
    assertMatches('മുരളീധരൻ', 'Muraleedharan');
    assertDiffers('അനിൽ കുമാർ', 'Sunil Kumar');
  });
});
