// Hindi and Marathi names arrive in Devanagari on Aadhaar and state records. This writes them
// in the everyday Latin spelling (not ISO 15919) so the usual folding applies afterwards.
// The other Indian scripts are first mapped onto these letters (indic-script.transliterator.ts).
const CONSONANTS: Readonly<Record<string, string>> = {
  क: 'k',
  ख: 'kh',
  ग: 'g',
  घ: 'gh',
  ङ: 'n',
  च: 'ch',
  छ: 'chh',
  ज: 'j',
  झ: 'jh',
  ञ: 'n',
  ट: 't',
  ठ: 'th',
  ड: 'd',
  ढ: 'dh',
  ण: 'n',
  त: 't',
  थ: 'th',
  द: 'd',
  ध: 'dh',
  न: 'n',
  प: 'p',
  फ: 'ph',
  ब: 'b',
  भ: 'bh',
  म: 'm',
  य: 'y',
  र: 'r',
  ल: 'l',
  ळ: 'l',
  ऴ: 'zh',
  ऩ: 'n',
  ऱ: 'r',
  व: 'v',
  श: 'sh',
  ष: 'sh',
  स: 's',
  ह: 'h',
};
// NFC keeps the nukta as a separate mark, so the dotted consonants are looked up by base.
const WITH_NUKTA: Readonly<Record<string, string>> = { क: 'q', ख: 'kh', ग: 'g', ज: 'z', ड: 'r', ढ: 'rh', फ: 'f', य: 'y' };
const VOWELS: Readonly<Record<string, string>> = {
  अ: 'a',
  आ: 'aa',
  इ: 'i',
  ई: 'ee',
  उ: 'u',
  ऊ: 'oo',
  ऋ: 'ri',
  ए: 'e',
  ऎ: 'e',
  ऒ: 'o',
  ऐ: 'ai',
  ओ: 'o',
  औ: 'au',
  'ा': 'aa',
  'ि': 'i',
  'ी': 'ee',
  'ु': 'u',
  'ू': 'oo',
  'ृ': 'ri',
  'े': 'e',
  'ॆ': 'e',
  'ॊ': 'o',
  'ै': 'ai',
  'ो': 'o',
  'ौ': 'au',
  'ँ': 'n',
  'ः': 'h',
};
const VOWEL_SIGN = /[\u093E-\u094C]/;
const VIRAMA = '\u094D';
const NUKTA = '\u093C';
const DEVANAGARI = /[\u0900-\u097F]/;
const ANUSVARA = 'ं';
const LABIALS = new Set(['प', 'फ', 'ब', 'भ', 'म']);
const LATIN_ENDINGS: ReadonlyArray<readonly [RegExp, string]> = [
  [/aavu?\b/g, 'ao'], // Rao: Telugu రావు, Kannada ರಾವ್, Hindi राव
  [/aayi\b/g, 'ai'], // Sai: Telugu సాయి
];

// Where a word's last inherent vowel is spoken: always in the South's scripts (Srinivasa, Manjunatha);
// after any final cluster in Bengali and Odia (Datta, Prasanta); in Hindi, Gujarati and Punjabi
// after a cluster of two letters (Mishra, Chandra) but not a doubled one (Bhatt, Gill).
export type FinalVowel = 'spoken' | 'afterCluster' | 'afterUnlikeCluster';

export function hasDevanagari(text: string): boolean {
  return DEVANAGARI.test(text);
}

export function transliterateDevanagari(text: string, finalVowel: FinalVowel = 'afterUnlikeCluster'): string {
  const chars = [...text.normalize('NFC')];
  let latin = '';
  for (let index = 0; index < chars.length; index++) {
    const char = chars[index];
    if (char === NUKTA || char === VIRAMA) continue;
    const consonant = chars[index + 1] === NUKTA ? (WITH_NUKTA[char] ?? CONSONANTS[char]) : CONSONANTS[char];
    if (char === ANUSVARA) {
      latin += LABIALS.has(chars[index + 1]) || (finalVowel === 'spoken' && !DEVANAGARI.test(chars[index + 1] ?? '')) ? 'm' : 'n';
      continue;
    }
    if (consonant === undefined) {
      latin += VOWELS[char] ?? char;
      continue;
    }
    if (char === 'ज' && chars[index + 1] === VIRAMA && chars[index + 2] === 'ञ') {
      latin += 'gy'; // ज्ञ is said and written "gy" (Gyanesh)
      index += 2;
    } else {
      latin += consonant;
    }
    let next = index + 1;
    while (chars[next] === NUKTA) next++;
    if (speaksInherentVowel(chars, index, next, finalVowel)) latin += 'a';
  }
  return LATIN_ENDINGS.reduce((spelled, [ending, everyday]) => spelled.replace(ending, everyday), latin);
}

// The inherent vowel is silent before a vowel sign or virama; at the end of a word, see FinalVowel.
function speaksInherentVowel(chars: string[], index: number, next: number, finalVowel: FinalVowel): boolean {
  const following = chars[next];
  if (following === VIRAMA || (following !== undefined && VOWEL_SIGN.test(following))) return false;
  if (following !== undefined && DEVANAGARI.test(following)) return true;
  if (finalVowel === 'spoken') return true;
  if (chars[index - 1] !== VIRAMA) return false;
  return finalVowel === 'afterCluster' || chars[index - 2] !== chars[index];
}
