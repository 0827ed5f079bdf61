import { transliterateDevanagari } from './devanagari.transliterator.js';
import { BLOCK_SIZE, DEVANAGARI_BLOCK_START, INDIC_SCRIPTS, type IndicScript } from './indic-scripts.constants.js';
import { voiceTamilStops } from './tamil-stops.voicing.js';

const INDIC_LETTER = /[\u0900-\u0D7F]/;
const GURMUKHI_ASPIRATES = new Set([0x0a16, 0x0a18, 0x0a1b, 0x0a1d, 0x0a20, 0x0a22, 0x0a25, 0x0a27, 0x0a2b, 0x0a2d]);
const JOINERS = /[\u200C\u200D]/g; // older Malayalam writes chillus as consonant, virama and ZWJ
// Rules that look at a letter's neighbours, run before the letter-by-letter mapping.
const CONTEXT_RULES: Readonly<Record<string, (text: string) => string>> = {
  Gurmukhi: doubleAfterAddak,
  Tamil: voiceTamilStops,
};

export function hasIndicScript(text: string): boolean {
  return INDIC_LETTER.test(text);
}

// Reads a name in any of the nine major Indian scripts into its everyday Latin spelling.
export function transliterateIndicScript(text: string): string {
  const normalised = text.normalize('NFC').replace(JOINERS, '');
  const script = INDIC_SCRIPTS.find((candidate) => [...normalised].some((char) => isIn(candidate, char)));
  if (script === undefined) return transliterateDevanagari(normalised);
  return transliterateDevanagari(toDevanagari(normalised, script), script.finalVowel);
}

function toDevanagari(text: string, script: IndicScript): string {
  let spelled = CONTEXT_RULES[script.name]?.(text) ?? text;
  for (const [letter, devanagari] of script.letters) spelled = spelled.replace(letter, devanagari);
  const shifted = [...spelled].map((char) =>
    isIn(script, char) ? String.fromCodePoint(char.codePointAt(0)! - script.blockStart + DEVANAGARI_BLOCK_START) : char,
  );
  // Shifted nukta letters (Gurmukhi ਜ਼, Bengali য়) decompose in Devanagari, as the tables expect.
  return shifted.join('').normalize('NFC');
}

// Addak doubles the next consonant, an aspirate by its plain partner (Pappu, Sidhu: ਸਿੱਧੂ, Gill).
function doubleAfterAddak(text: string): string {
  return text.replace(/\u0A71(\p{L})/gu, (_, consonant: string) => {
    const codePoint = consonant.codePointAt(0)!;
    const plain = GURMUKHI_ASPIRATES.has(codePoint) ? String.fromCodePoint(codePoint - 1) : consonant;
    return `${plain}\u0A4D${consonant}`;
  });
}

function isIn(script: IndicScript, char: string): boolean {
  const codePoint = char.codePointAt(0)!;
  return codePoint >= script.blockStart && codePoint < script.blockStart + BLOCK_SIZE;
}
