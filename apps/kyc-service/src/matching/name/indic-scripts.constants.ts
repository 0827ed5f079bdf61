// Unicode laid these blocks out after ISCII: a letter sits at the same offset as its Devanagari
// counterpart, so most letters are read by moving them into the Devanagari block.
import type { FinalVowel } from './devanagari.transliterator.js';

export interface IndicScript {
  name: string;
  blockStart: number;
  finalVowel: FinalVowel;
  // Letters outside the shared layout, or read otherwise than their Devanagari counterpart.
  letters: ReadonlyArray<readonly [RegExp, string]>;
}

export const DEVANAGARI_BLOCK_START = 0x0900;
export const BLOCK_SIZE = 0x80;

// Gujarati and the South Indian scripts write ज्ञ as spoken there: Jignesh, Pragna, Vignesh.
const GN = 'ग्न';

export const INDIC_SCRIPTS: readonly IndicScript[] = [
  {
    name: 'Bengali',
    blockStart: 0x0980,
    finalVowel: 'afterCluster',
    letters: [
      [/ৰ/g, 'र'], // Assamese ra and wa
      [/ৱ/g, 'व'],
      [/ৎ/g, 'त्'], // khanda ta: a t with no vowel (Sarat)
      [/(?<!\u09CD)য(?!\u09BC)/g, 'ज'], // য alone is j (Jatin, Jamuna); য় and the ya-phala are y
    ],
  },
  {
    name: 'Gurmukhi',
    blockStart: 0x0a00,
    finalVowel: 'afterUnlikeCluster',
    letters: [
      [/\u0A70/g, 'ं'], // tippi
    ],
  },
  { name: 'Gujarati', blockStart: 0x0a80, finalVowel: 'afterUnlikeCluster', letters: [[/જ્ઞ/g, GN]] },
  {
    name: 'Odia',
    blockStart: 0x0b00,
    finalVowel: 'afterCluster',
    letters: [
      [/ଯ/g, 'ज'], // Odia ଯ is j (Jasoda); ୟ is y
      [/ୟ/g, 'य'],
      [/ୱ/g, 'व'],
    ],
  },
  {
    name: 'Tamil',
    blockStart: 0x0b80,
    finalVowel: 'spoken',
    letters: [
      [/ஜ்ஞ/g, GN],
      [/ற்ற/g, 'ट्र'], // Vetri, Kutralam
      [/ப்பி(?=ர)/g, 'ब्'], // Tamil breaks Sanskrit pr and bbr with an i: பிரியா Priya, சுப்பிரமணியன் Subramanian
      [/பி(?=ர)/g, 'प्'],
    ],
  },
  { name: 'Telugu', blockStart: 0x0c00, finalVowel: 'spoken', letters: [[/జ్ఞ/g, GN]] },
  {
    name: 'Kannada',
    blockStart: 0x0c80,
    finalVowel: 'spoken',
    letters: [
      [/ಜ್ಞ/g, GN],
      [/ೞ/g, 'ऴ'],
    ],
  },
  {
    name: 'Malayalam',
    blockStart: 0x0d00,
    finalVowel: 'spoken',
    letters: [
      [/ജ്ഞ/g, GN],
      [/ൺ/g, 'ण्'], // chillu letters: a consonant with no vowel (Kumar, Balan, Paul)
      [/ൻ/g, 'न्'],
      [/ർ/g, 'र्'],
      [/ൽ/g, 'ल्'],
      [/ൾ/g, 'ळ्'],
      [/ൿ/g, 'क्'],
      [/ൎ/g, 'र्'], // dot reph
      [/ൗ/g, 'ौ'], // au written with its length mark alone
      [/റ്റ/g, 'ट्ट'], // doubled റ is said tt, and after ന nt (Vincent)
      [/ന്റ/g, 'न्ट'],
    ],
  },
];
